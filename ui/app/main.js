// @ts-check
// The app frame: the open document, navigation, the findings panel, undo,
// and the one queue through which every change goes to the Rust side. Each
// change is computed from the newest document when its turn comes, so two
// quick edits of one record never overwrite each other. A change answers
// with what it changed (changes.js applies it to the window's copy), so an
// edit costs what it changed, not what the document holds.

import { html, render, useState, useEffect, useRef, useMemo } from './vendor/preact-htm.js';
import { invoke } from './api.js';
import { applyChangeSet, applySplices } from './changes.js';
import { useMenu, isTyping } from './menu.js';
import { translate, systemLanguage, LANGUAGES, LANGUAGE_NAMES, hasString } from './i18n.js';
import { AppContext, Modal, focusField, useApp as useAppContext, memo, workingLanguage } from './components.js';
import { findRecord, withField, put, del, text, today } from './model.js';
import { StartScreen, NewDocumentDialog } from './screens/start.js';
import { OrganisationScreen, PeopleScreen, CookiesScreen, IncidentScreen } from './screens/organisation.js';
import { ListsScreen } from './screens/lists.js';
import { ProcessorsScreen } from './screens/processors.js';
import { RegistersScreen, RegisterEditor } from './screens/registers.js';
import { findingPlace, findingCounts as countFindings, placesIn } from './places.js';
import { HistoryScreen } from './screens/history.js';
import { MergeScreen, CompareDialog, ConflictedCopies } from './screens/merge.js';
import { TranslationScreen } from './screens/translation.js';
import { ImportScreen } from './screens/import.js';
import { ExportDialog } from './screens/export.js';
import { GuideDialog, AboutDialog } from './screens/help.js';
import { BreachesScreen, RequestsScreen, CalendarScreen, ClientControllersScreen } from './screens/paperwork.js';

// Errors the page could not handle are kept for the end-to-end test to report.
/** @type {any} */ (window).__kirjuriErrors = [];
window.addEventListener('error', (e) => /** @type {any} */ (window).__kirjuriErrors.push(`${e.message} at ${e.filename}:${e.lineno}:${e.colno} ${e.error?.stack || ''}`));
window.addEventListener('unhandledrejection', (e) => /** @type {any} */ (window).__kirjuriErrors.push(`${e.reason?.message || JSON.stringify(e.reason)} ${e.reason?.stack || ''}`));

/// The window width below which the findings panel stops taking a column (style.css).
const NARROW = window.matchMedia('(max-width: 1100px)');

const NAV = [
  ['organisation', 'nav_organisation'],
  ['people', 'nav_people'],
  ['registers', 'nav_registers'],
  ['processors', 'nav_processors'],
  ['lists', 'nav_lists'],
  ['cookies', 'nav_cookies'],
  ['incidents', 'nav_incidents'],
  ['breaches', 'nav_breaches'],
  ['requests', 'nav_requests'],
  ['clients', 'nav_clients'],
  ['calendar', 'nav_calendar'],
  ['translation', 'nav_translation'],
  ['import', 'nav_import'],
  ['history', 'nav_history'],
];

function App() {
  const [view, setView] = useState(null);
  const [lang, setLangState] = useState(systemLanguage());
  const [vocab, setVocab] = useState({});
  const [settings, setSettings] = useState(null);
  const [findings, setFindings] = useState([]);
  const [checkLang, setCheckLang] = useState(null);
  const [screen, setScreen] = useState({ name: 'registers' });
  const [modal, setModal] = useState(null);
  const [error, setError] = useState(null);
  const [status, setStatus] = useState('');
  // The findings panel is open beside the form in a wide window, and starts
  // closed in a narrow one, where it lies over the form (style.css).
  const [findingsOpen, setFindingsOpen] = useState(() => !NARROW.matches);
  useEffect(() => {
    const follow = (e) => setFindingsOpen(!e.matches);
    NARROW.addEventListener('change', follow);
    return () => NARROW.removeEventListener('change', follow);
  }, []);
  // The notice beside a register's form: open by default where the window
  // has room for both (style.css gives the form at least 480 px at 1280),
  // then as the user last left it. While it is open the findings panel lies
  // over it instead of taking a column of its own, so the form keeps its width.
  const [preview, setPreview] = useState(() => window.innerWidth >= 1280);
  // Beside the notice the findings panel is an overlay, closed until the
  // badge opens it; elsewhere it is the column the user left open or closed.
  const [overlayOpen, setOverlayOpen] = useState(false);
  const [pendingFocus, setPendingFocus] = useState(null);
  const latest = useRef(null);
  // The findings panel's list as the Rust side last sent it, and its generation.
  const shownFindings = useRef({ generation: 0, list: [] });
  const queue = useRef(Promise.resolve());
  const checkLangRef = useRef(null);

  const t = (key, values) => translate(lang, key, values);
  const doc = view?.document || null;

  const showError = (err) => {
    const e = err && typeof err === 'object' ? err : { code: 'internal', message: String(err) };
    setError({ code: e.code || 'internal', message: e.message || '' });
  };
  const say = (message) => {
    setStatus(message);
    setTimeout(() => setStatus(''), 4000);
  };
  const notify = (key, detail) => say(detail ? `${translate(lang, key)} (${detail})` : translate(lang, key));

  const setShownFindings = (generation, list) => {
    shownFindings.current = { generation, list };
    setFindings(list);
  };

  const refreshFindings = async (language = checkLangRef.current) => {
    if (!latest.current) return setShownFindings(shownFindings.current.generation, []);
    try {
      const { generation, findings: list } = await invoke('panel_findings', { language });
      // An answer overtaken by a newer list (a change's) is dropped.
      if (generation > shownFindings.current.generation) setShownFindings(generation, list);
    } catch (e) {
      showError(e);
    }
  };

  /// Shows a whole document (one just opened), or none.
  const show = (next) => {
    latest.current = next?.document || null;
    setView(next);
    if (next) refreshFindings();
    else setShownFindings(shownFindings.current.generation, []);
  };

  /// Shows what a change did: its records into the window's copy, the
  /// findings' splices into the panel's list (whole again when the list the
  /// splices start from is not the one shown).
  const showChanges = (changed) => {
    if (!latest.current) return;
    latest.current = applyChangeSet(latest.current, changed.changes);
    const doc = latest.current;
    setView((v) => v && { ...v, document: doc, last_changed: changed.last_changed, can_undo: changed.can_undo, can_redo: changed.can_redo });
    const { from, to, splices } = changed.findings;
    const shown = shownFindings.current;
    if (shown.generation === from) setShownFindings(to, applySplices(shown.list, splices));
    else if (to > shown.generation) refreshFindings();
  };

  // The offer to undo the last delete where the deleted record was
  // (components.js `withUndo`); any later change takes it back.
  const [deleted, setDeletedState] = useState(null);
  const deletedRef = useRef(null);
  const setDeleted = (offer) => {
    deletedRef.current = offer;
    setDeletedState(offer);
  };
  const dropUndoOffer = () => {
    if (deletedRef.current) setDeleted(null);
  };

  /// Queues a change: `makeEdits(doc)` returns the edits against the newest document.
  const change = (makeEdits) => {
    dropUndoOffer();
    queue.current = queue.current
      .then(async () => {
        if (!latest.current) return;
        const edits = makeEdits(latest.current);
        if (!edits || edits.length === 0) return;
        showChanges(await invoke('apply_edits', { edits }));
      })
      .catch(showError);
    return queue.current;
  };

  /// Queues a command that changes the document and answers with what changed (like apply_edits).
  const command = (name, args) => {
    dropUndoOffer();
    queue.current = queue.current
      .then(async () => {
        if (!latest.current) return false;
        showChanges(await invoke(name, args));
        return true;
      })
      .catch((e) => {
        showError(e);
        return false;
      });
    return queue.current;
  };

  const setField = (kind, id, path, value) =>
    change((d) => {
      const record = findRecord(d, kind, id);
      if (!record) return [];
      return [put(kind, withField(record, path, value))];
    });

  const remove = (kind, id, name) =>
    setModal({
      render: () => html`<${Modal}
        title=${t('confirm_delete', { n: name })}
        submitLabel=${t('delete')}
        test="confirm-delete"
        onClose=${() => setModal(null)}
        onSubmit=${() => {
          setModal(null);
          change(() => [del(kind, id)]);
        }}
      ><p>${t('confirm_delete_detail')}</p></${Modal}>`,
    });

  /// Deletes a part of a register without asking (the delete can be undone):
  /// where it was in `list` (at `index`), the list offers its undo, and
  /// focus moves to that offer.
  const removePart = (kind, id, name, list, index) =>
    change(() => [del(kind, id)]).then(() => {
      if (findRecord(latest.current, kind, id)) return;
      setDeleted({ kind, id, name, list, index });
      setTimeout(() => document.getElementById(`undo-${id}`)?.focus(), 30);
    });

  /// "deleted register “Kundregister”" from what an undo or redo reports.
  const describe = (summary) => {
    const name = text(summary.name, lang) || t('untitled');
    const what = t(`summary_${summary.verb}`, { kind: t(`kind_${summary.kind}`).toLowerCase(), name });
    return summary.others > 0 ? t('summary_others', { what, n: summary.others }) : what;
  };

  /// Undo (`undo`) or redo (`redo`) through the queue, saying what was undone.
  const revert = (command) => {
    dropUndoOffer();
    queue.current = queue.current
      .then(async () => {
        if (!latest.current) return;
        const result = await invoke(command);
        showChanges(result.changed);
        // Focus goes to what was undone or redone, where the screen shows it.
        const what = result.undone && result.summary;
        const record = what && findRecord(latest.current, what.kind, what.id);
        if (record) setPendingFocus({ id: what.id, field: 'name' in record ? 'name' : '', at: Date.now() });
        const done = command === 'undo' ? 'undid_summary' : 'redid_summary';
        if (!result.undone) notify(command === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo');
        else if (result.summary) say(t(done, { what: describe(result.summary) }));
        else notify(command === 'undo' ? 'undone' : 'redone');
      })
      .catch(showError);
  };
  const undo = () => revert('undo');
  const redo = () => revert('redo');

  /// Opens the file just refused as in use: read-only, or after breaking its lock.
  const openRefused = async (breakLock) => {
    try {
      const next = await invoke('open_refused', { breakLock });
      if (next) opened(next);
    } catch (e) {
      showError(e);
    }
  };
  const confirmBreakLock = () =>
    setModal({
      render: () => html`<${Modal}
        title=${t('break_lock_title')}
        submitLabel=${t('break_lock')}
        test="confirm-break-lock"
        onClose=${() => setModal(null)}
        onSubmit=${() => {
          setModal(null);
          openRefused(true);
        }}
      ><p>${t('break_lock_detail')}</p></${Modal}>`,
    });

  const nav = (next) => {
    setScreen(next);
    document.querySelector('main')?.scrollTo(0, 0);
  };

  const goToFinding = (finding) => {
    const doc = latest.current;
    nav(findingPlace(doc, finding, checkLangRef.current, screen, doc?.organisation?.working_language || lang));
    setPendingFocus({ id: finding.id, field: finding.field, at: Date.now() });
  };

  const setLanguage = async (next) => {
    setLangState(next);
    document.documentElement.lang = next;
    try {
      setSettings(await invoke('set_settings', { userName: settings?.user_name || '', language: next }));
    } catch (e) {
      showError(e);
    }
  };

  const opened = (next) => {
    if (!next) return;
    setError(null);
    setModal(null);
    show(next);
    nav({ name: next.document.registers.length ? 'registers' : 'organisation' });
  };

  const closeDocument = async () => {
    await queue.current;
    await invoke('close_document');
    show(null);
  };

  // Start-up: vocabularies, settings, a file from the command line.
  useEffect(() => {
    (async () => {
      try {
        setVocab(await invoke('get_vocabularies'));
        const s = await invoke('get_settings');
        setSettings(s);
        if (s.language) {
          setLangState(s.language);
          document.documentElement.lang = s.language;
        }
        const current = await invoke('get_document');
        if (current) return opened(current);
        const file = await invoke('startup_file');
        if (file) opened(await invoke('open_document', { target: { path: file } }));
      } catch (e) {
        showError(e);
      }
    })();
  }, []);

  useEffect(() => {
    checkLangRef.current = checkLang;
    refreshFindings(checkLang);
  }, [checkLang]);

  // After navigating to a finding, focus its field once the screen is drawn;
  // a screen that opens the field's section first (the translation view, a
  // folded data item) draws it a moment later, so it is looked for again.
  useEffect(() => {
    if (!pendingFocus) return undefined;
    let tries = 0;
    let timer = null;
    const attempt = () => {
      tries += 1;
      if (focusField(pendingFocus.id, pendingFocus.field, tries < 10) || tries >= 10) setPendingFocus(null);
      else timer = setTimeout(attempt, 80);
    };
    timer = setTimeout(attempt, 60);
    return () => clearTimeout(timer);
  }, [pendingFocus, screen]);

  // Ctrl+Z undoes the last saved change, Ctrl+Shift+Z and Ctrl+Y redo, unless
  // a text field holds unsaved typing (then the field's own undo applies).
  useEffect(() => {
    const onKey = (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const action = key === 'z' && !e.shiftKey ? undo : (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey) ? redo : null;
      if (!action) return;
      const active = /** @type {HTMLInputElement} */ (document.activeElement);
      const typing = active && active.matches('input[type=text], input:not([type]), textarea')
        && active.value !== (active.getAttribute('data-committed') ?? active.value);
      if (typing || modal || !latest.current) return;
      e.preventDefault();
      active?.blur?.();
      setTimeout(action, 0);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Undo and Redo from the menu (Ctrl+Z, Ctrl+Shift+Z: the menu takes these
  // keys before the page) act on the saved changes, unless a text field holds
  // unsaved typing: then they are the field's own.
  const fromMenu = (action, fieldCommand) => () => {
    const active = /** @type {HTMLElement} */ (document.activeElement);
    if (isTyping(active)) return document.execCommand(fieldCommand);
    if (modal || !latest.current) return;
    active?.blur?.();
    setTimeout(action, 0);
  };

  const openFile = async (target) => {
    await queue.current;
    try {
      opened(await invoke('open_document', { target }));
    } catch (e) {
      showError(e);
    }
  };


  // Which of the two the panel is now, decided as the screen is drawn (no
  // effect a frame later, so nothing moves after a screen appears).
  const overlay = !!doc && preview && screen.name === 'register';
  const panelOpen = overlay ? overlayOpen : findingsOpen;
  const setPanel = (open) => (overlay ? setOverlayOpen(open) : setFindingsOpen(open));

  // The menu bar's items; the menu disables those that need a document when none is open.
  useMenu({
    new: () => setModal({ render: () => html`<${NewDocumentDialog} />` }),
    open: () => openFile({ title: t('open_document_title') }),
    open_recent: ({ path }) => openFile({ path }),
    save_copy: () => latest.current && setModal({ render: () => html`<${SaveCopyDialog} />` }),
    compare_merge: () => latest.current && setModal({ render: () => html`<${CompareDialog} />` }),
    export: () => latest.current && setModal({ render: () => html`<${ExportDialog} />` }),
    close: () => latest.current && closeDocument(),
    undo: fromMenu(undo, 'undo'),
    redo: fromMenu(redo, 'redo'),
    language: ({ language }) => setLanguage(language),
    findings: () => setPanel(!panelOpen),
    guide: () => setModal({ render: () => html`<${GuideDialog} />` }),
    about: ({ version }) => setModal({ render: () => html`<${AboutDialog} version=${version} />` }),
  }, lang, view?.path, showError);

  // Each open finding counts where it is fixed: a register's tab, or a screen.
  const workLang = doc?.organisation?.working_language || lang;
  // Memoized on the places, not the document: an edit that moves no finding
  // (a name, a text) keeps them, and so the counts and the sidebar.
  const places = doc ? placesIn(doc) : null;
  // Counts equal to the last ones are the last ones, so the sidebar's rows are not drawn again.
  const lastCounts = useRef(null);
  const findingCounts = useMemo(() => {
    const next = countFindings(doc, findings, checkLang, workLang);
    const last = lastCounts.current;
    if (last && sameCounts(last.registers, next.registers)) next.registers = last.registers;
    lastCounts.current = next;
    return next;
  }, [places, findings, checkLang, workLang]);

  const app = {
    t, lang, vocab, doc, view, findings, findingCounts, screen, settings,
    change, command, setField, remove, removePart, deleted, undoDelete: undo, focusing: pendingFocus, nav, notify, showError, opened, goToFinding,
    setLanguage, preview, setPreview,
    openModal: (render) => setModal({ render }),
    closeModal: () => setModal(null),
  };
  // For the memoized lists: actions that stay the same function between
  // renders and call the newest app.
  const appRef = useRef(app);
  appRef.current = app;
  const actions = useMemo(() => ({
    nav: (next) => appRef.current.nav(next),
    goToFinding: (f) => appRef.current.goToFinding(f),
    answerFinding: (f) => appRef.current.openModal(() => html`<${AnswerFindingDialog} finding=${f} />`),
    withdrawAnswer: (f) => answerFinding(appRef.current, f, null),
  }), []);

  // Answered findings (not applicable, accepted for now) are listed but not counted.
  const open = findings.filter((f) => !f.answer);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.length - errors;

  return html`<${AppContext.Provider} value=${app}>
    <div class=${`frame${doc ? '' : ' no-doc'}${doc && panelOpen ? ' with-findings' : ''}${overlay ? ' with-preview' : ''}`}>
      <header class="topbar">
        <div class="brand">
          <img src="icon.png" alt="" width="22" height="22" />
          <span class="brand-name">${t('app_name')}</span>
          ${view && html`<span class="file" title=${view.path} data-test="file-name">${view.file_name}</span>`}
          ${view && html`<span class="saved muted" title=${t('saved_automatically')}>
            ${view.last_changed ? t('last_changed', { d: view.last_changed }) : t('saved_automatically')}
          </span>`}
        </div>
        <div class="tools">
          ${doc && html`
            <button
              type="button"
              class=${`findings-badge${errors ? ' has-errors' : warnings ? ' has-warnings' : ''}`}
              aria-pressed=${panelOpen}
              aria-controls="findings-panel"
              data-test="findings-count"
              data-count=${findings.length}
              onClick=${() => setPanel(!panelOpen)}
            >${t('findings_count', { n: findings.length })}</button>
            <button type="button" class="secondary" title=${t('undo_hint')} data-test="undo" disabled=${view && !view.can_undo} onClick=${undo}>↶ ${t('undo')}</button>
            <button type="button" class="secondary" title=${t('redo_hint')} data-test="redo" disabled=${view && !view.can_redo} onClick=${redo}>↷ ${t('redo')}</button>
            <button type="button" class="secondary" data-test="open-save-copy" onClick=${() => setModal({ render: () => html`<${SaveCopyDialog} />` })}>${t('save_copy')}</button>
            <button type="button" class="primary" title=${t('export_hint')} data-test="open-export" onClick=${() => setModal({ render: () => html`<${ExportDialog} />` })}>${t('export')}</button>
          `}
          <label for="ui-language" class="visually-hidden">${t('ui_language')}</label>
          <select id="ui-language" data-test="ui-language" value=${lang} onChange=${(e) => setLanguage(e.currentTarget.value)}>
            ${LANGUAGES.map((l) => html`<option value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
          </select>
          <button type="button" class="icon" title=${t('settings')} aria-label=${t('settings')} data-test="open-settings" onClick=${() => setModal({ render: () => html`<${SettingsDialog} settings=${settings} onSaved=${setSettings} />` })}>⚙</button>
          ${doc && html`<button type="button" class="secondary" title=${t('close_document_hint')} data-test="close-document" onClick=${closeDocument}>${t('close_document')}</button>`}
        </div>
      </header>

      ${doc && html`<nav class="sidebar" aria-label=${t('navigation')}>
        <ul>
          ${NAV.map(([name, key]) => html`<li key=${name}>
            <button
              type="button"
              class=${screen.name === name || (name === 'registers' && screen.name === 'register') ? 'active' : ''}
              aria-current=${screen.name === name ? 'page' : undefined}
              data-test=${`nav-${name}`}
              onClick=${() => nav({ name })}
            ><span class="nav-label">${t(key)}</span>${name !== 'registers' && findingCounts.screens.get(name)?.all > 0 && html`<span
              class="count"
              aria-label=${t('findings_count', { n: findingCounts.screens.get(name).all })}
            >${findingCounts.screens.get(name).all}</span>`}</button>
            ${name === 'registers' && html`<${RegisterNav}
              registers=${doc.registers}
              counts=${findingCounts.registers}
              active=${screen.name === 'register' ? screen.id : null}
              lang=${lang}
              actions=${actions}
            />`}
          </li>`)}
        </ul>
      </nav>`}

      <main id="main" tabindex="-1">
        ${error && html`<div class="banner error" role="alert" data-test="error-banner" data-code=${error.code}>
          <div>
            <strong>${t(hasString(`err_${error.code}`) ? `err_${error.code}` : 'err_other')}</strong>
            ${error.message && html`<details open=${error.code.startsWith('in_use')}><summary>${t('details')}</summary><p class="detail">${error.message}</p></details>`}
            ${error.code.startsWith('in_use') && html`<div class="actions">
              <button type="button" class="secondary" data-test="open-read-only" onClick=${() => openRefused(false)}>${t('open_read_only')}</button>
              ${error.code === 'in_use_breakable' && html`<button type="button" class="secondary" data-test="break-lock" onClick=${confirmBreakLock}>${t('break_lock')}</button>`}
            </div>`}
          </div>
          <button type="button" class="icon" aria-label=${t('close')} onClick=${() => setError(null)}>×</button>
        </div>`}
        ${view && view.read_only && html`<div class="banner read-only" role="note" data-test="read-only-banner">${t('read_only_banner')}</div>`}
        ${doc && screen.name !== 'merge' && html`<${ConflictedCopies} />`}
        ${doc ? html`<${Screen} screen=${screen} />` : html`<${StartScreen} />`}
      </main>

      ${doc && html`<${FindingsPanel} hidden=${!panelOpen} onClose=${() => setPanel(false)} errors=${errors} warnings=${warnings} checkLang=${checkLang} setCheckLang=${setCheckLang} actions=${actions} />`}
      <div class="status" role="status" aria-live="polite" data-test="status">${status}</div>
    </div>
    ${modal && modal.render()}
  </${AppContext.Provider}>`;
}

function Screen({ screen }) {
  switch (screen.name) {
    case 'organisation': return html`<${OrganisationScreen} />`;
    case 'people': return html`<${PeopleScreen} />`;
    case 'registers': return html`<${RegistersScreen} />`;
    case 'register': return html`<${RegisterEditor} id=${screen.id} tab=${screen.tab || 'general'} />`;
    case 'processors': return html`<${ProcessorsScreen} />`;
    case 'lists': return html`<${ListsScreen} />`;
    case 'cookies': return html`<${CookiesScreen} />`;
    case 'incidents': return html`<${IncidentScreen} />`;
    case 'breaches': return html`<${BreachesScreen} />`;
    case 'requests': return html`<${RequestsScreen} />`;
    case 'clients': return html`<${ClientControllersScreen} />`;
    case 'calendar': return html`<${CalendarScreen} />`;
    case 'translation': return html`<${TranslationScreen} />`;
    case 'import': return html`<${ImportScreen} />`;
    case 'history': return html`<${HistoryScreen} />`;
    case 'merge': return html`<${MergeScreen} key=${screen.view.theirs} view=${screen.view} />`;
    default: return html`<${RegistersScreen} />`;
  }
}

/// Whether two `findingCounts(…).registers` say the same for every register and tab.
function sameCounts(a, b) {
  if (a.size !== b.size) return false;
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y || x.all !== y.all || x.errors !== y.errors || x.tabs.size !== y.tabs.size) return false;
    for (const [tab, n] of x.tabs) if (y.tabs.get(tab) !== n) return false;
  }
  return true;
}

/// The registers under "Registers" in the sidebar, each drawn again only when
/// its register, its count of findings, the language or the open one changed.
const RegisterNav = memo(({ registers, counts, active, lang, actions }) => html`<ul class="sub">
  ${registers.map((r) => html`<${RegisterNavItem}
    key=${r.id}
    register=${r}
    count=${counts.get(r.id)?.all || 0}
    active=${r.id === active}
    lang=${lang}
    actions=${actions}
  />`)}
</ul>`);

const RegisterNavItem = memo(({ register, count, active, lang, actions }) => html`<li>
  <button
    type="button"
    class=${active ? 'active' : ''}
    data-test="nav-register"
    onClick=${() => actions.nav({ name: 'register', id: register.id, tab: 'general' })}
  >
    <span class="nav-label">${text(register.name, lang) || translate(lang, 'untitled')}</span>
    ${count > 0 && html`<span class="count" aria-label=${translate(lang, 'findings_count', { n: count })}>${count}</span>`}
  </button>
</li>`);

/// The findings' rows; a row is drawn again only when its finding changed
/// (the splices of an edit keep the other findings the same objects).
/// How many findings the panel lists at first, and how many more each "Show more" adds:
/// a large document has thousands, and a list that long is read from the top anyway.
const FINDINGS_PAGE = 200;

const FindingsList = memo(({ findings, lang, actions }) => {
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const seen = new Map();
  const more = findings.length - limit;
  return html`<ul>
    ${findings.slice(0, limit).map((f) => {
      const base = `${f.kind}-${f.id}-${f.code}-${f.field}`;
      const n = seen.get(base) || 0;
      seen.set(base, n + 1);
      return html`<${FindingRow} key=${`${base}-${n}`} finding=${f} lang=${lang} actions=${actions} />`;
    })}
  </ul>
  ${more > 0 && html`<button type="button" class="secondary small show-more" data-test="findings-more" onClick=${() => setLimit(limit + FINDINGS_PAGE)}>
    ${translate(lang, 'findings_more', { n: Math.min(more, FINDINGS_PAGE), total: more })}
  </button>`}`;
});

const FindingRow = memo(({ finding: f, lang, actions }) => {
  const t = (key) => translate(lang, key);
  return html`<li class=${f.answer ? 'answered' : ''}>
    <button
      type="button"
      class=${`finding ${f.answer ? 'answered' : f.severity}`}
      data-test="finding"
      data-code=${f.code}
      data-kind=${f.kind}
      data-id=${f.id}
      data-field=${f.field}
      onClick=${() => actions.goToFinding(f)}
    >
      <span class="sev" aria-hidden="true">${f.answer ? '✓' : f.severity === 'error' ? '●' : '▲'}</span>
      <span class="visually-hidden">${t(f.severity === 'error' ? 'severity_error' : 'severity_warning')}: </span>
      <span class="msg">${f.message[lang] || f.message.en}</span>
      ${f.answer && html`<span class="muted"> (${t(f.answer.status === 'accepted' ? 'finding_accepted' : 'finding_not_applicable')})</span>`}
    </button>
    ${f.answer
      ? html`<button type="button" class="link" data-test="finding-withdraw" onClick=${() => actions.withdrawAnswer(f)}>${t('finding_withdraw')}</button>`
      : html`<button type="button" class="link" data-test="finding-answer" onClick=${() => actions.answerFinding(f)}>${t('finding_answer')}</button>`}
  </li>`;
});

/// The findings panel; closed, it is `hidden` (kept drawn, so that opening it is instant).
function FindingsPanel({ hidden, onClose, errors, warnings, checkLang, setCheckLang, actions }) {
  const app = useAppContext();
  const { t, findings, lang } = app;
  return html`<aside class="findings" id="findings-panel" hidden=${hidden} aria-label=${t('findings')} data-test="findings-panel">
    <header>
      <div class="row-between">
        <h2>${t('findings')}</h2>
        <button type="button" class="icon" title=${t('close')} aria-label=${`${t('close')}: ${t('findings')}`} data-test="findings-close" onClick=${onClose}>×</button>
      </div>
      <p class="muted">${t('errors_count', { n: errors })} · ${t('warnings_count', { n: warnings })}</p>
      <div class="field inline">
        <label for="check-language">${t('check_language')}</label>
        <select id="check-language" value=${checkLang || ''} onChange=${(e) => setCheckLang(e.currentTarget.value || null)}>
          <option value="">${t('check_language_none')}</option>
          ${LANGUAGES.map((l) => html`<option value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
        </select>
      </div>
    </header>
    ${findings.length === 0
      ? html`<p class="muted empty">${t('findings_none')}</p>`
      : html`<p class="muted hint">${t('findings_hint')}</p>
        <${FindingsList} findings=${findings} lang=${lang} actions=${actions} />`}
  </aside>`;
}

/// "Save a copy…": where, and whether the copy keeps the history (not when it is for sending).
function SaveCopyDialog() {
  const app = useAppContext();
  const [path, setPath] = useState('');
  const [withHistory, setWithHistory] = useState(false);
  return html`<${Modal}
    title=${app.t('save_copy')}
    submitLabel=${app.t('save_copy')}
    test="save-copy"
    onClose=${app.closeModal}
    onSubmit=${async () => {
      try {
        const target = path.trim() ? { path: path.trim() } : { title: app.t('save_copy') };
        const saved = await invoke('save_copy', { target, withHistory });
        if (saved) {
          app.closeModal();
          app.notify('copy_saved');
        }
      } catch (e) {
        app.showError(e);
      }
    }}
  >
    <fieldset class="field">
      <label><input type="radio" name="copy-history" checked=${!withHistory} onChange=${() => setWithHistory(false)} data-test="copy-without-history" /> ${app.t('without_history')}</label>
      <label><input type="radio" name="copy-history" checked=${withHistory} onChange=${() => setWithHistory(true)} data-test="copy-with-history" /> ${app.t('with_history')}</label>
      <div class="hint">${app.t('save_copy_detail')}</div>
    </fieldset>
    <div class="field">
      <label for="copy-path">${app.t('save_to')}</label>
      <input id="copy-path" type="text" value=${path} spellcheck="false" data-test="copy-path" aria-describedby="copy-path-hint" onInput=${(e) => setPath(e.currentTarget.value)} />
      <div class="hint" id="copy-path-hint">${app.t('file_path_hint')}</div>
    </div>
  </${Modal}>`;
}

/// Stores a person's answer to a finding on the organisation (`answer` null withdraws it).
function answerFinding(app, finding, answer) {
  const same = (a) => a.code === finding.code && a.kind === finding.kind && a.id === finding.id && a.field === finding.field;
  app.change((d) => {
    const rest = (d.organisation.finding_answers || []).filter((a) => !same(a));
    const next = answer
      ? [...rest, { code: finding.code, kind: finding.kind, id: finding.id, field: finding.field, answer }]
      : rest;
    return [put('organisation', { ...d.organisation, finding_answers: next })];
  });
}

function AnswerFindingDialog({ finding }) {
  const app = useAppContext();
  const [status, setStatus] = useState('not_applicable');
  const [reason, setReason] = useState('');
  return html`<${Modal}
    title=${app.t('finding_answer_title')}
    submitLabel=${app.t('ok')}
    test="answer-finding"
    onClose=${app.closeModal}
    onSubmit=${() => {
      const words = { [workingLanguage(app)]: reason.trim() };
      const answer = status === 'accepted'
        ? { status, note: words, by: app.settings?.effective_user_name || '', on: today() }
        : { status, reason: words };
      answerFinding(app, finding, answer);
      app.closeModal();
    }}
  >
    <p>${finding.message[app.lang] || finding.message.en}</p>
    <fieldset class="answer">
      ${['not_applicable', 'accepted'].map((s) => html`<label key=${s} class="answer-choice">
        <input type="radio" name="finding-status" value=${s} checked=${status === s} onChange=${() => setStatus(s)} />
        ${app.t(s === 'accepted' ? 'finding_accepted' : 'finding_not_applicable')}
      </label>`)}
    </fieldset>
    <div class="field">
      <label for="finding-reason">${app.t('finding_reason')}</label>
      <textarea id="finding-reason" rows="3" data-test="finding-reason" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)}></textarea>
    </div>
  </${Modal}>`;
}

function SettingsDialog({ settings, onSaved }) {
  const app = useAppContext();
  const [name, setName] = useState(settings?.user_name || '');
  return html`<${Modal}
    title=${app.t('settings')}
    submitLabel=${app.t('ok')}
    test="settings"
    onClose=${app.closeModal}
    onSubmit=${async () => {
      try {
        onSaved(await invoke('set_settings', { userName: name, language: app.lang }));
        app.closeModal();
      } catch (e) {
        app.showError(e);
      }
    }}
  >
    <div class="field">
      <label for="settings-user-name">${app.t('user_name')}</label>
      <input id="settings-user-name" type="text" value=${name} onInput=${(e) => setName(e.currentTarget.value)} data-test="user-name" />
      <div class="hint">${app.t('user_name_hint', { n: settings?.effective_user_name || '' })}</div>
    </div>
  </${Modal}>`;
}


render(html`<${App} />`, document.getElementById('app'));
