// Opens each notebook in JupyterLab in headless Chromium, runs all its cells through the Run menu,
// and reports what a class would see: errors, widgets that fail to render or to respond, Arabic laid
// out left-to-right, Arabic widget descriptions. Saves one screenshot per notebook.
//
// Usage: node run_notebooks.mjs CONFIG.json RESULTS.json
// CONFIG: {baseUrl, token, chromium, notebooks: [{path, screenshot}], notebookTimeoutMs}
// tests/test_browser.py starts JupyterLab, writes CONFIG and judges RESULTS; this script only looks.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [configPath, resultsPath] = process.argv.slice(2);
const cfg = JSON.parse(fs.readFileSync(configPath, 'utf8'));
const log = (...a) => process.stderr.write(`[browser] ${a.join(' ')}\n`);

const WIDGET_MIME = 'application/vnd.jupyter.widget-view+json';
// Any Arabic letter (Arabic, Arabic Supplement, presentation forms)
const ARABIC = '[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]';

async function api(method, path) {
  const res = await fetch(`${cfg.baseUrl}${path}`, {
    method,
    headers: { Authorization: `token ${cfg.token}` },
  });
  if (!res.ok && res.status !== 404) throw new Error(`${method} ${path}: HTTP ${res.status}`);
  return res.status === 204 || method === 'DELETE' ? null : res.json();
}

// Kernels are shut down after each notebook so six notebooks never hold six kernels on two cores.
async function shutDownSessions(nbPath) {
  try {
    const sessions = await api('GET', '/api/sessions');
    for (const s of sessions) {
      if (!nbPath || s.path === nbPath) await api('DELETE', `/api/sessions/${s.id}`);
    }
  } catch (e) {
    log(`could not shut kernels down: ${e.message}`);
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitFor(page, fn, arg, { timeout = 60000, what = 'condition' } = {}) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 250 });
  } catch (e) {
    throw new Error(`timed out after ${Math.round(timeout / 1000)} s waiting for ${what}`);
  }
}

// JupyterLab itself loads once (its page is heavy); each notebook is then opened in it, as a teacher
// opens one after another.
async function loadLab(page) {
  // ?reset: start from an empty workspace, or JupyterLab reopens (and starts kernels for) the
  // notebooks of an earlier run
  await page.goto(`${cfg.baseUrl}/lab?reset&token=${cfg.token}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
  await waitFor(page, () => !!window.jupyterapp?.shell && window.jupyterapp.commands.hasCommand('docmanager:open'),
    null, { what: 'JupyterLab to load', timeout: 90000 });
  await page.evaluate(async () => {
    const app = window.jupyterapp;
    await app.restored;
    for (const w of [...app.shell.widgets('main')]) w.dispose(); // the Launcher: not what a class looks at
  });
}

async function openNotebook(page, nbPath) {
  await page.evaluate((p) => { window.jupyterapp.commands.execute('docmanager:open', { path: p, factory: 'Notebook' }); }, nbPath);
  await waitFor(
    page,
    (p) => {
      const w = window.jupyterapp?.shell?.currentWidget;
      return w?.context?.path === p && !!w.content && w.context.isReady;
    },
    nbPath,
    { what: 'the notebook to open' },
  );
  // A kernel-choice dialog means the notebook's kernelspec is unknown here: a finding, not a hang.
  const dialog = await page.$('.jp-Dialog');
  if (dialog) {
    const text = (await dialog.innerText()).replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`a dialog opened instead of the kernel: ${text}`);
  }
  await waitFor(
    page,
    () => window.jupyterapp.shell.currentWidget.sessionContext?.session?.kernel?.status === 'idle',
    null,
    { what: 'the kernel to start (status idle)' },
  );
  await page.evaluate(() => {
    const app = window.jupyterapp;
    for (const other of [...app.shell.widgets('main')]) {
      if (other !== app.shell.currentWidget) other.dispose(); // the Launcher JupyterLab opens on an empty area
    }
    if (!app.shell.leftCollapsed) app.shell.collapseLeft();
    if (!app.shell.rightCollapsed) app.shell.collapseRight();
    // Record every error and traceback the kernel sends, widget callbacks' included: those go to
    // the log console, not to a cell, and a class would only see that nothing happened.
    window.__kitErrors = [];
    const kernel = app.shell.currentWidget.sessionContext.session.kernel;
    kernel.iopubMessage.connect((_, msg) => {
      const t = msg.header.msg_type;
      const c = msg.content || {};
      if (t === 'error') window.__kitErrors.push(`${c.ename}: ${c.evalue}`);
      if (t === 'stream' && c.name === 'stderr' && /Traceback/.test(c.text || '')) {
        window.__kitErrors.push(c.text.trim().split('\n').slice(-1)[0]);
      }
    });
  });
}

async function runAllFromMenu(page) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu .lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
  // Wait until something started, then until the kernel is idle with nothing queued three polls in a row.
  await waitFor(
    page,
    () => {
      const nb = window.jupyterapp.shell.currentWidget.content;
      return nb.widgets.some((c) => c.model.type === 'code' && (c.model.executionCount !== null || c.model.outputs.length))
        || [...document.querySelectorAll('.jp-InputPrompt')].some((p) => p.textContent.includes('*'));
    },
    null,
    { what: 'the first cell to start', timeout: 30000 },
  );
  let quiet = 0;
  while (quiet < 3) {
    await page.waitForTimeout(400);
    const busy = await page.evaluate(() => {
      const w = window.jupyterapp.shell.currentWidget;
      const queued = [...w.node.querySelectorAll('.jp-InputPrompt')].some((p) => p.textContent.includes('*'));
      return queued || w.sessionContext.session?.kernel?.status !== 'idle';
    });
    quiet = busy ? 0 : quiet + 1;
  }
}

// What the notebook page shows after Run All: cell errors, widget views, right-to-left checks.
function inspectPage({ WIDGET_MIME, ARABIC }) {
  const arabic = new RegExp(ARABIC);
  const arabicAll = new RegExp(ARABIC, 'g');
  const w = window.jupyterapp.shell.currentWidget;
  const out = { errors: [], stderr: [], unrun: [], widgetAsText: [], figureAsText: [], cells: 0 };
  w.content.widgets.forEach((cell, i) => {
    if (cell.model.type !== 'code') return;
    out.cells += 1;
    const source = cell.model.sharedModel.getSource();
    if (source.trim() && cell.model.executionCount === null && !cell.model.outputs.length) out.unrun.push(i);
    for (let k = 0; k < cell.model.outputs.length; k++) {
      const o = cell.model.outputs.get(k).toJSON();
      if (o.output_type === 'error') out.errors.push({ cell: i, text: `${o.ename}: ${o.evalue}` });
      else if (o.output_type === 'stream' && o.name === 'stderr') {
        const text = Array.isArray(o.text) ? o.text.join('') : o.text;
        if (/Traceback/.test(text)) out.errors.push({ cell: i, text: text.trim().split('\n').slice(-1)[0] });
        else out.stderr.push({ cell: i, text: text.trim().slice(0, 300) });
      } else if (o.data && !o.data[WIDGET_MIME] && typeof o.data['text/plain'] !== 'undefined') {
        const plain = [].concat(o.data['text/plain']).join('');
        // A widget printed as its repr means the widget manager is missing in this JupyterLab.
        if (/^(VBox|HBox|Box|GridBox|Tab|Accordion|Dropdown|Select\w*|HTML|Output|interactive)\(/.test(plain)) {
          out.widgetAsText.push({ cell: i, text: plain.slice(0, 120) });
        }
        // a matplotlib figure without its picture: the kernel is not on the inline backend
        if (/^<Figure size [^>]*>$/.test(plain.trim()) && !o.data['image/png'] && !o.data['image/svg+xml']) {
          out.figureAsText.push({ cell: i, text: plain.trim() });
        }
      }
    }
  });
  // Errors shown on the page even when not in the model (renderer failures).
  document.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').forEach((el) => {
    if (/Traceback|Error/.test(el.textContent) && !out.errors.some((e) => el.textContent.includes(e.text))) {
      out.errors.push({ cell: -1, text: el.textContent.trim().split('\n').slice(-1)[0].slice(0, 300) });
    }
  });

  const outputs = [...w.node.querySelectorAll('.jp-OutputArea-output')];
  const rtl = [...w.node.querySelectorAll('.jp-OutputArea-output [dir="rtl"], .jp-OutputArea-output[dir="rtl"]')];
  out.rtlElements = rtl.length;
  out.rtlWrong = rtl
    .filter((el) => getComputedStyle(el).direction !== 'rtl')
    .map((el) => el.textContent.trim().slice(0, 80));
  const articles = [...w.node.querySelectorAll('.jp-OutputArea-output .kit-article')];
  out.articleElements = articles.length;
  out.articleArabic = articles.filter((el) => arabic.test(el.textContent)).length;
  out.articleWrong = articles
    .filter((el) => getComputedStyle(el).direction !== 'rtl' || el.getAttribute('dir') !== 'rtl')
    .map((el) => el.textContent.trim().slice(0, 80));
  // Arabic prose in an HTML output laid out left-to-right: a block whose own text is mostly Arabic.
  // Tables, form controls and plain-text streams are left to the browser's bidi algorithm.
  out.arabicLtr = [];
  for (const area of outputs) {
    if (area.matches('[data-mime-type="application/vnd.jupyter.stdout"], [data-mime-type="application/vnd.jupyter.stderr"], [data-mime-type="text/plain"]')) continue;
    for (const el of area.querySelectorAll('div, p, span, li, h1, h2, h3, h4, mark')) {
      if (el.closest('table, select, option, button, pre, svg, .widget-label, .widget-label-basic')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
      const letters = own.replace(/[^\p{L}]/gu, '');
      const nArabic = (own.match(arabicAll) || []).length;
      if (nArabic >= 12 && nArabic / Math.max(letters.length, 1) > 0.6 && getComputedStyle(el).direction !== 'rtl') {
        out.arabicLtr.push(own.trim().slice(0, 80));
      }
    }
  }
  // An ISO date after Arabic letters becomes an "Arabic number" run and the bidi algorithm shows
  // 2015-11-17 as 17-11-2015 unless it is isolated (<bdi>, dir="ltr", U+2066…U+2069). Measured on
  // screen: the year must stand left of the day.
  out.reversedDates = [];
  const walker = document.createTreeWalker(w.node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !el.closest('.jp-OutputArea-output, .jp-MarkdownOutput') || el.closest('select, option, textarea')) continue;
    for (const m of node.textContent.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
      const rect = (a, b) => { const r = document.createRange(); r.setStart(node, a); r.setEnd(node, b); return r.getBoundingClientRect(); };
      const year = rect(m.index, m.index + 4);
      const day = rect(m.index + 8, m.index + 10);
      if (!year.width || !day.width || Math.abs(year.top - day.top) > 4) continue;
      if (day.left < year.left) out.reversedDates.push(node.textContent.trim().slice(0, 80));
    }
  }
  // ipywidgets lays description labels out left-to-right: Arabic there reads wrongly.
  out.arabicLabels = [...w.node.querySelectorAll('.jp-OutputArea-output .widget-label, .jp-OutputArea-output .widget-label-basic')]
    .filter((el) => arabic.test(el.textContent))
    .map((el) => el.textContent.trim().slice(0, 80));
  out.widgetOutputs = w.node.querySelectorAll('.jp-OutputArea-output[data-kit-widget]').length;
  out.images = w.node.querySelectorAll('.jp-OutputArea-output img').length;
  return out;
}

// Mixed Arabic and Latin in the right order (issue 15): for each case, the on-screen position of two
// pieces of one text. `context` finds the smallest rendered element whose text (bidi isolates
// removed) holds it; `a` and `b` are pieces of that text (the n-th occurrence); `expect` says which
// must stand to the left. Tables: a cell that starts with a number and goes on in Arabic must show the
// number at its right end.
const ORDER_CHECKS = {
  '01-read-an-article.ipynb': [
    { context: 'ى → ي', a: 'ى', b: 'ي', expect: 'a-left', what: 'the folding rule «ى → ي» in §3' },
    { context: '«فى» and «في»', a: '«فى»', b: '«في»', expect: 'a-left', what: "exercise 2's spelling pairs" },
    { context: "لروسيا → [", a: 'لروسيا', b: '[', expect: 'a-left', what: 'a printed word and its readings' },
    { context: "'لروسيا'), (1, 'روسيا'", a: "'لروسيا'", b: "'روسيا'", expect: 'a-left', what: 'a printed list of Arabic strings' },
  ],
  '04-map-the-places.ipynb': [
    { context: 'لروسيا → روسيا', a: 'لروسيا', b: 'روسيا', bNth: 1, expect: 'a-left', what: 'the objective «(لروسيا → روسيا)»' },
  ],
};

function orderProblems(checks) {
  const strip = (t) => t.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s/g, ' ');
  const roots = [...document.querySelectorAll('.jp-RenderedMarkdown, .jp-OutputArea-output')];
  // Offsets in an element's visible text (isolates removed) → a DOM range over its text nodes.
  const rangeOf = (el, start, end) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let pos = 0; let startNode = null; let startOff = 0; const r = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const t = node.textContent;
      for (let k = 0; k < t.length; k++) {
        if (/[\u2066-\u2069\u200e\u200f]/.test(t[k])) continue;
        if (pos === start && !startNode) { startNode = node; startOff = k; r.setStart(node, k); }
        pos += 1;
        if (pos === end && startNode) { r.setEnd(node, k + 1); return r; }
      }
    }
    return null;
  };
  const found = [];
  for (const c of checks) {
    let best = null; // the smallest element that holds the whole context
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const t = strip(el.textContent);
        if (t.includes(c.context) && (!best || t.length < strip(best.textContent).length)) best = el;
      }
    }
    if (!best) { found.push(`${c.what}: «${c.context}» is not on the page`); continue; }
    const text = strip(best.textContent);
    const at = text.indexOf(c.context);
    const nth = (piece, n) => { let i = at - 1; for (let k = 0; k <= (n || 0); k++) i = text.indexOf(piece, i + 1); return i; };
    const ia = nth(c.a, c.aNth); const ib = nth(c.b, c.bNth);
    const ra = rangeOf(best, ia, ia + c.a.length)?.getBoundingClientRect();
    const rb = rangeOf(best, ib, ib + c.b.length)?.getBoundingClientRect();
    if (!ra || !rb || !ra.width || !rb.width) { found.push(`${c.what}: could not measure «${c.a}» and «${c.b}»`); continue; }
    const aLeft = ra.left + ra.width / 2 < rb.left + rb.width / 2;
    if (aLeft !== (c.expect === 'a-left')) found.push(`${c.what} reads in the wrong order: «${c.a}» should stand ${c.expect === 'a-left' ? 'left' : 'right'} of «${c.b}»`);
  }
  // Table cells «3 ذو الحجة 1436 هـ»: the leading number stands right of the first Arabic word.
  for (const td of document.querySelectorAll('.jp-OutputArea-output table td')) {
    const t = td.textContent;
    const m = t.match(/^(\d+)\s+([\u0621-\u064A]+)/);
    if (!m) continue;
    const rd = rangeOf(td, 0, m[1].length)?.getBoundingClientRect();
    const ia = t.indexOf(m[2]);
    const rw = rangeOf(td, ia, ia + m[2].length)?.getBoundingClientRect();
    if (rd && rw && Math.abs(rd.top - rw.top) < 4 && rd.left < rw.left) found.push(`table cell «${t.slice(0, 40)}» shows its number at the wrong end`);
  }
  return found;
}

// What the widgets show a reader, without the controls themselves: all widget outputs together, since
// a control in one cell may drive an output in another.
function widgetSnapshot() {
  return [...document.querySelectorAll('.jp-OutputArea-output[data-kit-widget]')].map((root) => {
    const clone = root.cloneNode(true);
    clone.querySelectorAll('select, input, button, .widget-readout').forEach((el) => el.remove());
    return clone.innerHTML;
  }).join('\n');
}

// JupyterLab gives widget outputs no mime-type attribute: mark them from the output models.
function markWidgetOutputs(WIDGET_MIME) {
  let n = 0;
  for (const cell of window.jupyterapp.shell.currentWidget.content.widgets) {
    if (cell.model.type !== 'code') continue;
    const area = cell.outputArea;
    for (let k = 0; k < cell.model.outputs.length; k++) {
      const data = cell.model.outputs.get(k).toJSON().data;
      const node = area.widgets[k]?.node.querySelector('.jp-OutputArea-output');
      if (data && data[WIDGET_MIME] && node) node.setAttribute('data-kit-widget', String(n++));
    }
  }
  return n;
}

// A dropdown whose model value matches no option (ipywidgets: value=None gives index None) shows an
// empty box: the reader cannot tell what is chosen.
function blankSelects() {
  return [...document.querySelectorAll('.jp-OutputArea-output[data-kit-widget] .widget-dropdown select')]
    .filter((s) => s.options.length > 0 && s.selectedIndex < 0)
    .map((s) => `widget ${s.closest('[data-kit-widget]').dataset.kitWidget}: a dropdown shows no choice`
      + ` (its options start ${JSON.stringify([...s.options].slice(0, 2).map((o) => o.textContent))})`);
}

async function exerciseWidgets(page, result) {
  await page.evaluate(markWidgetOutputs, WIDGET_MIME);
  const views = page.locator('.jp-OutputArea-output[data-kit-widget]');
  const n = await views.count();
  const found = [];
  const blank = new Map(); // each blank dropdown once, with the first moment it was seen blank
  const noteBlank = async (when) => {
    for (const b of await page.evaluate(blankSelects)) if (!blank.has(b)) blank.set(b, `${b} ${when}`);
  };
  result.blankSelects = blank;
  for (let v = 0; v < n; v++) {
    const view = views.nth(v);
    const info = { index: v, rendered: false, error: null, controls: [] };
    found.push(info);
    try {
      await view.locator('.jupyter-widgets').first().waitFor({ state: 'attached', timeout: 20000 });
      info.rendered = true;
    } catch {
      info.error = `not rendered: ${(await view.innerText()).trim().slice(0, 160) || '(empty)'}`;
      continue;
    }
    const failed = await view.locator('.jupyter-widgets-error-widget, .widget-error').count();
    const text = await view.innerText();
    if (failed || /Error displaying widget|model not found/i.test(text)) {
      info.rendered = false;
      info.error = `widget error: ${text.trim().slice(0, 160)}`;
      continue;
    }
    info.classes = await view.evaluate((el) => [...new Set([...el.querySelectorAll('[class*="widget-"]')]
      .flatMap((e) => [...e.classList].filter((c) => c.startsWith('widget-'))))].slice(0, 30));
    if (v === 0) await noteBlank('after Run All');
    const snapshot = () => page.evaluate(widgetSnapshot);
    const changedFrom = async (before, timeout = 8000) => {
      try {
        await page.waitForFunction((b) => {
          const now = [...document.querySelectorAll('.jp-OutputArea-output[data-kit-widget]')].map((root) => {
            const clone = root.cloneNode(true);
            clone.querySelectorAll('select, input, button, .widget-readout').forEach((el) => el.remove());
            return clone.innerHTML;
          }).join('\n');
          return now !== b;
        }, before, { timeout, polling: 150 });
        return true;
      } catch {
        return false;
      }
    };

    // Dropdowns and lists: pick every option in turn (up to 10) and then the first one again; after
    // each pick the box must still show the chosen option (going back to "all" used to leave it blank,
    // when the option's value was None), and at least one pick must change the view.
    const selects = view.locator('.widget-dropdown select, .widget-select select, .widget-select-multiple select');
    for (let s = 0; s < (await selects.count()); s++) {
      const sel = selects.nth(s);
      const { options, current } = await sel.evaluate((el) => ({
        options: [...el.options].map((o) => o.textContent), current: el.selectedIndex,
      }));
      const ctl = { kind: 'select', options: options.length, tried: [], changed: false, wrong: [] };
      info.controls.push(ctl);
      if (options.length < 2) { ctl.note = 'one option only'; continue; }
      const first = current >= 0 ? current : 0;
      const order = [...options.keys()].filter((i) => i !== first).slice(0, 10);
      for (const index of [...order, first]) {
        const before = await snapshot();
        await sel.selectOption({ index });
        ctl.tried.push(options[index]);
        if (await changedFrom(before, 2500)) ctl.changed = true;
        await page.waitForTimeout(300); // the kernel's echo of the new value comes back after the view
        const shown = await sel.evaluate((el) => ({
          index: el.selectedIndex, label: el.selectedIndex >= 0 ? el.options[el.selectedIndex].textContent : null,
        }));
        if (shown.index < 0 || shown.label !== options[index]) {
          ctl.wrong.push(`chose ${JSON.stringify(options[index])}, the box shows ${JSON.stringify(shown.label)}`);
        }
        await noteBlank(`after choosing ${JSON.stringify(options[index])}`);
      }
    }
    // Toggle buttons and radio buttons: press another one.
    const groups = [
      ['toggle', view.locator('.widget-toggle-buttons button:not(.mod-active)')],
      ['radio', view.locator('.widget-radio-box input[type="radio"]:not(:checked)')],
    ];
    for (const [kind, items] of groups) {
      const count = await items.count();
      if (!count) continue;
      const ctl = { kind, options: count, tried: [], changed: false };
      info.controls.push(ctl);
      for (let k = 0; k < Math.min(count, 3); k++) {
        const before = await snapshot();
        const item = kind === 'toggle' ? view.locator('.widget-toggle-buttons button:not(.mod-active)').first()
          : view.locator('.widget-radio-box input[type="radio"]:not(:checked)').first();
        ctl.tried.push(((await item.textContent()) || (await item.getAttribute('value')) || '').trim());
        await item.click();
        if (await changedFrom(before)) { ctl.changed = true; break; }
      }
    }
    // Tabs and checkboxes change what is shown too.
    const tabs = view.locator('.lm-TabBar-tab:not(.lm-mod-current)');
    if (await tabs.count()) {
      const ctl = { kind: 'tab', options: await tabs.count(), tried: [], changed: false };
      info.controls.push(ctl);
      const before = await snapshot();
      ctl.tried.push((await tabs.first().innerText()).trim());
      await tabs.first().click();
      ctl.changed = await changedFrom(before);
    }
    const boxes = view.locator('.widget-checkbox input[type="checkbox"]');
    for (let b = 0; b < (await boxes.count()); b++) {
      const ctl = { kind: 'checkbox', options: 2, tried: ['toggle'], changed: false };
      info.controls.push(ctl);
      const before = await snapshot();
      await boxes.nth(b).click();
      ctl.changed = await changedFrom(before);
    }
    const others = await view.locator('.widget-slider, .widget-text input, .widget-textarea textarea').count();
    if (others) info.untried = others;
  }
  return found;
}

// Put the most telling output at the top of the screen: a widget, else the article, else a figure.
async function frameScreenshot(page, file) {
  await page.evaluate((WIDGET_MIME) => {
    const w = window.jupyterapp.shell.currentWidget;
    const target = w.node.querySelector('.jp-OutputArea-output[data-kit-widget]')
      || w.node.querySelector('.jp-OutputArea-output .kit-article')
      || w.node.querySelector('.jp-OutputArea-output img');
    const cell = target?.closest('.jp-Cell');
    if (cell) cell.scrollIntoView({ block: 'start' });
    else w.content.node.scrollTop = 0;
    document.activeElement?.blur?.();
  }, WIDGET_MIME);
  await page.mouse.move(0, 0);
  // figures come as images (matplotlib PNGs, W.Image blobs): wait until each has been decoded
  await page.evaluate(() => Promise.race([
    Promise.all([...document.querySelectorAll('.jp-OutputArea-output img')].map((img) => img.decode().catch(() => null))),
    new Promise((resolve) => setTimeout(resolve, 10000)),
  ]));
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
}

async function checkNotebook(page, nb, result) {
  const t0 = Date.now();
  await openNotebook(page, nb.path);
  result.openSeconds = (Date.now() - t0) / 1000;
  await runAllFromMenu(page);
  result.runSeconds = (Date.now() - t0) / 1000 - result.openSeconds;
  await page.evaluate(markWidgetOutputs, WIDGET_MIME);
  await page.waitForTimeout(300);
  if (nb.screenshot) {
    // what the class sees right after Run All, before anyone touches a control
    await frameScreenshot(page, nb.screenshot);
    result.screenshot = nb.screenshot;
  }
  result.widgets = await exerciseWidgets(page, result);
  result.blankSelects = [...result.blankSelects.values()];
  Object.assign(result, await page.evaluate(inspectPage, { WIDGET_MIME, ARABIC }));
  const name = nb.path.split('/').pop();
  result.orderProblems = await page.evaluate(orderProblems, ORDER_CHECKS[name] || []);
  result.kernelErrors = await page.evaluate(() => window.__kitErrors);
}

const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
const results = [];
let page = null;
let current = null; // the result the page's events are written to
async function newPage() {
  const p = await context.newPage();
  p.on('pageerror', (e) => current?.console.push(`page error: ${e.message}`.slice(0, 300)));
  p.on('console', (m) => { if (m.type() === 'error') current?.console.push(m.text().slice(0, 300)); });
  // The committed notebooks carry no outputs: a save from this page would write ours into them.
  p.on('request', (req) => {
    const url = new URL(req.url()).pathname;
    if (url.includes('/api/contents/') && !url.endsWith('/checkpoints') && ['PUT', 'PATCH', 'POST'].includes(req.method())) {
      (current || results[0])?.failures.push(`the page tried to save: ${req.method()} ${url}`);
    }
  });
  return p;
}
try {
  for (const nb of cfg.notebooks) {
    const result = { path: nb.path, failures: [], console: [] };
    results.push(result);
    current = result;
    const t0 = Date.now();
    log(`${nb.path}: opening`);
    let broken = false;
    try {
      if (!page) {
        page = await newPage();
        await withTimeout(loadLab(page), 120000, 'loading JupyterLab');
      }
      await withTimeout(checkNotebook(page, nb, result), cfg.notebookTimeoutMs, nb.path);
    } catch (e) {
      broken = true;
      result.failures.push(e.message.split('\n')[0]);
      if (nb.screenshot && page) {
        // The state at the moment it went wrong is the best evidence of what went wrong.
        await page.screenshot({ path: nb.screenshot, timeout: 10000 }).then(() => { result.screenshot = nb.screenshot; }).catch(() => {});
      }
    }
    result.seconds = (Date.now() - t0) / 1000;
    log(`${nb.path}: ${result.seconds.toFixed(1)} s${result.failures.length ? ' — ' + result.failures.join('; ') : ''}`);
    await shutDownSessions(nb.path);
    if (broken && page) {
      // a page that failed may be stuck in a dialog or a half-run notebook: the next one gets a fresh page
      await page.close().catch(() => {});
      page = null;
    } else if (page) {
      // close the tab without saving (dispose asks nothing and writes nothing)
      await page.evaluate(() => window.jupyterapp.shell.currentWidget?.dispose()).catch(() => {});
    }
    current = null;
    fs.writeFileSync(resultsPath, JSON.stringify(results, null, 1));
  }
} finally {
  await shutDownSessions(null);
  await browser.close().catch(() => {});
  fs.writeFileSync(resultsPath, JSON.stringify(results, null, 1));
}
