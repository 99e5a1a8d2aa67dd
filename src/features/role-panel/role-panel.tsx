// The role panel: everything a person wants to know about one role, with the
// merged lists marked by origin and the ways to move on (previous/next level,
// compare, copy link). Data comes precomputed from the graph.
import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Family, Graph, Item, Role, Section } from '@/model/schema';
import { getFamily, getRole, previousLevel, trackLabel } from '@/model/queries';
import { PageLink, RichText } from '@/components/rich-text';
import { PageLinkFamily } from '@/components/page-link-scope';
import { buttonClass, linkClass } from '@/components/button-class';
import { Items, OriginGroupedItems } from './item-list';
import { NextSteps } from './next-steps';
import { FIRST_SCREEN_ITEMS, useWholePanel } from './use-first-screen';

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-6" aria-label={title}>
      <h3 className="mb-2 text-base font-semibold">{title}</h3>
      {children}
    </section>
  );
}

function OtherSection({ section, depth = 0 }: { section: Section; depth?: number }) {
  const Heading = depth === 0 ? 'h3' : 'h4';
  return (
    <section className={depth === 0 ? 'mt-6' : 'mt-3'}>
      <Heading className={depth === 0 ? 'mb-2 text-base font-semibold' : 'mb-1 text-sm font-semibold'}>{section.title}</Heading>
      {section.paragraphs.map((p, i) => (
        <p key={i} className="mb-2">
          <RichText text={p.text} links={p.links} />
        </p>
      ))}
      {section.items.length > 0 && <Items items={section.items} />}
      {section.sections.map((s, i) => (
        <OtherSection key={i} section={s} depth={depth + 1} />
      ))}
    </section>
  );
}

function FamilyWide({ family }: { family: Family }) {
  const lists: [string, Item[]][] = [
    ['Responsibilities', family.responsibilities],
    ['Requirements', family.requirements],
    ['Performance indicators', family.performanceIndicators],
    ['Nice to have', family.niceToHave ?? []],
  ];
  if (lists.every(([, items]) => !items.length)) return null;
  return (
    <details className="mt-6 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer font-semibold">Family-wide: {family.title}</summary>
      {lists.map(([title, items]) =>
        items.length ? (
          <section key={title} className="mt-3" aria-label={`Family-wide ${title.toLowerCase()}`}>
            <h4 className="mb-1 text-sm font-semibold">{title}</h4>
            <Items items={items} />
          </section>
        ) : null,
      )}
    </details>
  );
}

export interface RolePanelProps {
  graph: Graph;
  role: Role;
  onClose: () => void;
  /** Whether the role is picked for a comparison on the ladder, and how to change that. */
  picked?: boolean;
  onTogglePick?: () => void;
  /** Share and take-away buttons, composed by the app. */
  share?: ReactNode;
  /** More ways on from this role (a path picker), composed by the app. */
  more?: ReactNode;
  /**
   * A phone's bottom sheet: the title, then the responsibilities; the actions folded
   * into one menu beside the title, the facts and next steps after the responsibilities.
   */
  compact?: boolean;
  /** Opened by a click: the first frame shows the panel's first screen, its long lists follow a frame later. */
  firstScreenFirst?: boolean;
}

/** Links in the role's text resolve against its family's page ("#manager-csm"). */
export function RolePanel(props: RolePanelProps) {
  return (
    <PageLinkFamily familyId={props.role.familyId}>
      <RolePanelBody {...props} />
    </PageLinkFamily>
  );
}

function RolePanelBody({ graph, role, onClose, picked = false, onTogglePick, share, more, compact = false, firstScreenFirst = false }: RolePanelProps) {
  const whole = useWholePanel(firstScreenFirst);
  const family = role.familyId ? getFamily(graph, role.familyId) : undefined;
  const previous = previousLevel(graph, role.id);

  const facts = (
    <>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600 dark:text-slate-400">Family</dt>
        <dd>{family?.title ?? (role.external ? 'External (outside these pages)' : '—')}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Grade</dt>
        <dd>{role.grade !== null ? role.grade : 'Grade unknown'}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Track</dt>
        <dd>{trackLabel(role.track)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Reports to</dt>
        <dd>
          {role.reportsTo.length === 0
            ? '—'
            : role.reportsTo.map((id, i) => {
                const manager = getRole(graph, id);
                return (
                  <span key={id}>
                    {i > 0 && ', '}
                    <Link to="/roles/$" params={{ _splat: id }} search={true} className={linkClass}>
                      {manager?.title ?? id}
                    </Link>
                    {manager?.external && ' (external)'}
                  </span>
                );
              })}
        </dd>
        {role.aliases.length > 0 && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Also called</dt>
            <dd>{role.aliases.join(', ')}</dd>
          </>
        )}
        {!role.external && role.source.file !== '' && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Source</dt>
            <dd>
              <Link to="/pages/$" params={{ _splat: role.source.file }} hash={`L${role.source.line}`} className={linkClass} data-print="hide">
                How this page was read
              </Link>{' '}
              <span className="text-slate-600 dark:text-slate-400">
                ({role.source.file}, line {role.source.line})
              </span>
            </dd>
          </>
        )}
      </dl>

      <NextSteps graph={graph} role={role} />
    </>
  );
  const actions = (
    <>
      <div className="mt-4 flex flex-wrap items-center gap-2" data-print="hide">
        {previous && (
          <Link to="/roles/$" params={{ _splat: previous.id }} search={true} className={buttonClass} aria-label={`Previous level: ${previous.title}`}>
            <span aria-hidden="true">↓</span> {previous.title}
          </Link>
        )}
        {previous && (
          <Link to="/compare" search={{ roles: `${previous.id},${role.id}` }} className={buttonClass}>
            Compare with previous level
          </Link>
        )}
        {onTogglePick && (
          <button type="button" className={buttonClass} aria-pressed={picked} onClick={onTogglePick} data-print="hide">
            {picked ? '✓ Picked for comparison' : '+ Pick for comparison'}
          </button>
        )}
      </div>
      {share && <div className="mt-2">{share}</div>}
      {more}
    </>
  );

  return (
    <article aria-labelledby="role-title" className="text-sm leading-relaxed wrap-break-word">
      {/* The title stays in view while the panel scrolls (the panel is the scroll container). Chromium sticks
          it at the panel's content edge: -top-5 takes it up over the panel's padding (p-5), so no text shows above it. */}
      <div className="sticky -top-5 z-10 -mt-3 flex items-start gap-3 bg-white pt-3 pb-2 dark:bg-slate-950">
        <div className="min-w-0 flex-1">
          {family && (
            <Link to="/families/$familyId" params={{ familyId: family.id }} className="text-xs font-medium uppercase tracking-wide text-slate-600 hover:underline dark:text-slate-400">
              {family.title}
            </Link>
          )}
          {/* Focusable, not a Tab stop: opening a role (click, Enter, a search pick) moves focus here. */}
          <h2 id="role-title" tabIndex={-1} className="text-xl font-semibold leading-snug">
            {role.title}
          </h2>
        </div>
        {compact && (
          <details className="relative" data-print="hide">
            <summary className={`${buttonClass} cursor-pointer list-none`}>Actions</summary>
            <div className="absolute right-0 z-20 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-xl dark:border-slate-700 dark:bg-slate-900">{actions}</div>
          </details>
        )}
        <button type="button" onClick={onClose} aria-label="Close role details" data-print="hide" className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M5 5l10 10M15 5L5 15" />
          </svg>
        </button>
      </div>

      {!compact && facts}
      {!compact && actions}

      {role.external && (
        <p className="mt-4 rounded-md bg-slate-100 p-3 dark:bg-slate-800">
          This role is named as a reporting line but has no page of its own here.
          {role.href && (
            <>
              {' '}
              <PageLink link={{ text: 'Where it was named', href: role.href }} />
            </>
          )}
        </p>
      )}

      {role.intro.map((p, i) => (
        <p key={i} className="mt-4">
          <RichText text={p.text} links={p.links} />
        </p>
      ))}

      {role.responsibilities.length > 0 && (
        <Block title="Responsibilities">
          <OriginGroupedItems graph={graph} roleId={role.id} items={whole ? role.responsibilities : role.responsibilities.slice(0, FIRST_SCREEN_ITEMS)} />
        </Block>
      )}
      {compact && facts}
      {whole && <Rest graph={graph} role={role} family={family} />}
    </article>
  );
}

/** The panel below its first screen: the other lists, sections and the family-wide items. */
function Rest({ graph, role, family }: { graph: Graph; role: Role; family: Family | undefined }) {
  return (
    <>
      {role.requirements.length > 0 && (
        <Block title="Requirements">
          <OriginGroupedItems graph={graph} roleId={role.id} items={role.requirements} />
        </Block>
      )}
      {(role.niceToHave ?? []).length > 0 && (
        <Block title="Nice to have">
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">Wanted, not required.</p>
          <OriginGroupedItems graph={graph} roleId={role.id} items={role.niceToHave ?? []} />
        </Block>
      )}
      {role.performanceIndicators.length > 0 && (
        <Block title="Performance indicators">
          <OriginGroupedItems graph={graph} roleId={role.id} items={role.performanceIndicators} />
        </Block>
      )}
      {role.sections.map((section, i) => (
        <OtherSection key={i} section={section} />
      ))}
      {family && <FamilyWide family={family} />}
    </>
  );
}
