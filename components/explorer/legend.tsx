import { LEGEND, type KindStyle } from '@/components/graph/stylesheet';

/** Small SVG of a node shape in its colour, matching the canvas. */
function ShapeIcon({ style }: { readonly style: KindStyle }) {
  const common = { fill: style.color, stroke: '#fff', strokeWidth: 1 };
  let shape;
  switch (style.shape) {
    case 'ellipse':
      shape = <circle cx="8" cy="8" r="7" {...common} />;
      break;
    case 'round-rectangle':
      shape = <rect x="1" y="3" width="14" height="10" rx="3" {...common} />;
      break;
    case 'diamond':
      shape = <polygon points="8,1 15,8 8,15 1,8" {...common} />;
      break;
    case 'hexagon':
      shape = <polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" {...common} />;
      break;
    case 'round-triangle':
      shape = <polygon points="8,1.5 15,14 1,14" strokeLinejoin="round" {...common} />;
      break;
  }
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {shape}
    </svg>
  );
}

/** Legend of node kinds (shape + colour) and relation types (line colour + style). */
export function Legend({ compact = false }: { readonly compact?: boolean }) {
  return (
    <section className="explorer-legend" aria-label="Legend" data-testid="legend">
      <h2 className="visually-hidden">Legend</h2>
      <ul className="legend-nodes">
        {LEGEND.nodes.map((s) => (
          <li key={s.kind}>
            <ShapeIcon style={s} /> {s.label}
          </li>
        ))}
      </ul>
      {compact ? null : (
        <ul className="legend-edges">
          {LEGEND.edges.map((s) => (
            <li key={s.type}>
              <svg width="24" height="8" viewBox="0 0 24 8" aria-hidden="true">
                <line
                  x1="0"
                  y1="4"
                  x2="24"
                  y2="4"
                  stroke={s.color}
                  strokeWidth="2"
                  strokeDasharray={
                    s.lineStyle === 'dashed'
                      ? '5 3'
                      : s.lineStyle === 'dotted'
                        ? '1.5 2.5'
                        : undefined
                  }
                />
              </svg>{' '}
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
