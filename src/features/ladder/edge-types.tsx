// Edge shapes the built-in ones lack, drawn from routes the model computed
// (`ladderEdges`): a trunk shared by bundled edges, and the channel a
// flows-into line takes above the rows and down the gap between families.
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';

type TrunkEdgeType = Edge<{ trunkY: number }, 'trunk'>;
type ChannelEdgeType = Edge<{ y: number; x: number }, 'channel'>;

function TrunkEdgeView(props: EdgeProps<TrunkEdgeType>) {
  const [path] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition,
    centerY: props.data?.trunkY,
    borderRadius: 8,
  });
  return <BaseEdge id={props.id} path={path} style={props.style} markerEnd={props.markerEnd} interactionWidth={0} />;
}

function ChannelEdgeView(props: EdgeProps<ChannelEdgeType>) {
  const { sourceX, sourceY, targetX, targetY } = props;
  const y = props.data?.y ?? Math.min(sourceY, targetY) - 24;
  const x = props.data?.x ?? targetX - 24;
  const path = `M ${sourceX} ${sourceY} V ${y} H ${x} V ${targetY} H ${targetX}`;
  return <BaseEdge id={props.id} path={path} style={props.style} markerEnd={props.markerEnd} interactionWidth={0} />;
}

export const TrunkEdge = memo(TrunkEdgeView);
export const ChannelEdge = memo(ChannelEdgeView);
