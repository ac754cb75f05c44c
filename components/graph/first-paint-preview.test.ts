import { describe, expect, it } from 'vitest';
import { previewStyles } from './first-paint-preview';
import { KIND_STYLES, GROUP_NODE_OPACITY, RELATION_STYLES } from './stylesheet';
import { toElements } from './to-elements';
import { edge, node } from './test-slices';

describe('previewStyles', () => {
  it('gives each node and edge, in element order, the look of the big views stylesheet', () => {
    const elements = toElements({
      nodes: [
        node('Actor:a'),
        node('Article:b'),
        node('Actor:c'),
        node('Article:group', { subtype: 'group' }),
      ],
      edges: [
        edge('MENTIONS', 'Article:b', 'Actor:a'),
        edge('PUBLISHED_BY', 'Article:b', 'Actor:c'),
      ],
      truncated: false,
    });
    const styles = previewStyles(elements);
    const nodeLooks = [...styles.nodeStyle].map((i) => styles.nodeStyles[i]);
    const edgeLooks = [...styles.edgeStyle].map((i) => styles.edgeColors[i]);
    const actor = { shape: KIND_STYLES.Actor.shape, color: KIND_STYLES.Actor.color, opacity: 1 };
    const article = { shape: KIND_STYLES.Article.shape, color: KIND_STYLES.Article.color };
    expect({ nodeLooks, edgeLooks, distinct: styles.nodeStyles.length }).toEqual({
      nodeLooks: [
        actor,
        { ...article, opacity: 1 },
        actor,
        { ...article, opacity: GROUP_NODE_OPACITY },
      ],
      edgeLooks: [RELATION_STYLES.MENTIONS.color, RELATION_STYLES.PUBLISHED_BY.color],
      distinct: 3,
    });
  });
});
