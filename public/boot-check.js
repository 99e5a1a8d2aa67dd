// The app's safety net when it cannot even start: its script failed to load or to run
// (a broken or half-published build, a corrupted data chunk). A classic script, so it
// runs when the module script does not; external, and styled through the CSSOM, so the
// Content-Security-Policy allows it. If the page's root is still empty after such an
// error, or a few seconds after the page loaded, it says so instead of a blank page.
(function () {
  var shown = false;
  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    for (var key in style) node.style[key] = style[key];
    return node;
  }
  function show() {
    var root = document.getElementById('root');
    if (shown || !root || root.childElementCount > 0) return;
    shown = true;
    var main = element('main', '', { maxWidth: '42rem', margin: '0 auto', padding: '3rem 1.5rem' });
    main.setAttribute('role', 'alert');
    main.appendChild(element('h1', 'The career data could not be loaded', { fontSize: '1.5rem', fontWeight: '600' }));
    main.appendChild(
      element('p', 'The app did not start: part of it is missing or damaged. Reloading may help if a new version is being published; otherwise tell the people who maintain Rungs.', { marginTop: '0.75rem' }),
    );
    root.appendChild(main);
  }
  // Capture: a script that fails to load reports on its element, not on the window.
  window.addEventListener('error', function () { setTimeout(show, 1500); }, true);
  window.addEventListener('load', function () { setTimeout(show, 5000); });
})();
