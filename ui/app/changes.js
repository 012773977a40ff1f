// What an edit changed, applied to the window's copy of the document and to
// the findings panel's list (no DOM here, so Node's test runner checks it).
// Only the lists an edit touched are new arrays, and only the changed records
// are new objects: every other record keeps its identity, so the screens
// memoized on records skip what did not change.

import { LIST_OF } from './model.js';

/// `doc` with the change set `{changed: [{index, kind, record}], removed: [{kind, id}]}`
/// applied (kirjuri-model's `ChangeSet`): removed and changed records leave
/// their lists, then each changed record goes to its place, lowest first.
export function applyChangeSet(doc, set) {
  const next = { ...doc };
  const leaving = new Map();
  const leave = (kind, id) => {
    if (kind === 'organisation') return;
    const list = LIST_OF[kind];
    if (!leaving.has(list)) leaving.set(list, new Set());
    leaving.get(list).add(id);
  };
  for (const r of set.removed) leave(r.kind, r.id);
  for (const c of set.changed) leave(c.kind, c.record.id);
  for (const [list, ids] of leaving) next[list] = (doc[list] || []).filter((r) => !ids.has(r.id));
  for (const c of [...set.changed].sort((a, b) => a.index - b.index)) {
    if (c.kind === 'organisation') {
      next.organisation = c.record;
      continue;
    }
    const list = next[LIST_OF[c.kind]];
    list.splice(Math.min(c.index, list.length), 0, c.record);
  }
  return next;
}

/// `list` with `splices` (`[{at, remove, insert}]`, `at` an index in `list`,
/// in order) applied; the items kept are the same objects.
export function applySplices(list, splices) {
  const out = [];
  let i = 0;
  for (const s of splices) {
    const at = Math.min(s.at, list.length);
    for (; i < at; i += 1) out.push(list[i]);
    out.push(...s.insert);
    i = Math.min(Math.max(i, at + s.remove), list.length);
  }
  for (; i < list.length; i += 1) out.push(list[i]);
  return out;
}
