// Every numbered section of the privacy notice leads somewhere the user can
// write it: a register tab that exists, or a screen. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOTICE_SECTION_PLACE, REGISTER_TABS } from '../app/places.js';

test('each of the notice\'s 13 sections leads to a tab or a screen', () => {
  const tabs = new Set(REGISTER_TABS.map(([key]) => key));
  for (let n = 1; n <= 13; n += 1) {
    const place = NOTICE_SECTION_PLACE[n];
    assert.ok(place, `section ${n} has a place`);
    assert.ok(place.screen || tabs.has(place.tab), `section ${n} leads to a known tab (got ${JSON.stringify(place)})`);
  }
});
