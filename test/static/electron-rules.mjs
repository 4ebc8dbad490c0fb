/**
 * AST checks for Electron misconfigurations, run on the BUILT bundles (what ships, after bundling and
 * minifying), parsed with the TypeScript compiler's JavaScript parser. The maintained-scanner option,
 * @doyensec/electronegativity, last shipped 1.10.3 and pins TypeScript 4.2 and ESLint 7, so these rules
 * follow its checks and Electron's own checklist (docs/tutorial/security.md) instead.
 *
 * Each rule: { id, severity: 'high' | 'medium', kinds: which bundles it applies to, check(ctx) }.
 * `high` fails the build. Every rule has a bad snippet that triggers it in test/unit/security/static-scan.test.ts.
 */
import ts from 'typescript';

/** `true`, `!0`, `1` (minifiers write booleans as `!0` / `!1`). */
function literalBoolean(node) {
  if (!node) return null;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken && ts.isNumericLiteral(node.operand)) {
    return node.operand.text === '0';
  }
  return null;
}

function propertyName(node) {
  const name = node.name;
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return null;
}

function stringValue(node) {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  if (node && ts.isTemplateExpression(node)) return node.head.text;
  return null;
}

/** The member name of a call's callee: `a.b.openExternal(x)` → "openExternal". */
function calleeName(call) {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isElementAccessExpression(callee)) return stringValue(callee.argumentExpression);
  return null;
}

function isFunction(node) {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);
}

/** Object-literal properties `name: value` and assignments `x.name = value`, with their values. */
function settings(ctx, names) {
  const found = [];
  for (const node of ctx.nodes) {
    if (ts.isPropertyAssignment(node) && names.has(propertyName(node))) found.push({ node, name: propertyName(node), value: node.initializer });
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && names.has(node.left.name.text)) {
      found.push({ node, name: node.left.name.text, value: node.right });
    }
  }
  return found;
}

const UNSAFE_WHEN_TRUE = new Set(['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures', 'enableRemoteModule', 'bypassCSP']);
const UNSAFE_WHEN_FALSE = new Set(['sandbox', 'contextIsolation', 'webSecurity']);
const PRESENCE_IS_UNSAFE = new Set(['enableBlinkFeatures']);

/** Callbacks registered for these events or handlers receive attacker-influenced URLs and arguments. */
function isUntrustedCallbackSite(call) {
  const name = calleeName(call);
  if (name === 'setWindowOpenHandler' || name === 'handle' || name === 'handleOnce') return true;
  if (name === 'on' || name === 'once') {
    const channel = stringValue(call.arguments[0]);
    return channel !== null;
  }
  return false;
}

function enclosingCallbackSite(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current) && current.parent && ts.isCallExpression(current.parent) && isUntrustedCallbackSite(current.parent)) return current.parent;
  }
  return null;
}

function walkShallow(node, visit) {
  visit(node);
  if (isFunction(node)) return;
  ts.forEachChild(node, (child) => walkShallow(child, visit));
}

/** `verdict.url` where `const verdict = externalUrlVerdict(...)` in the same function: the checked URL. */
function isVerdictUrl(arg) {
  if (!arg || !ts.isPropertyAccessExpression(arg) || arg.name.text !== 'url' || !ts.isIdentifier(arg.expression)) return false;
  const holder = arg.expression.text;
  const fn = ts.findAncestor(arg, isFunction);
  let checked = false;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === holder && node.initializer && ts.isCallExpression(node.initializer) && calleeName(node.initializer) === 'externalUrlVerdict') checked = true;
    ts.forEachChild(node, visit);
  };
  if (fn) visit(fn);
  return checked;
}

function cspProblems(text) {
  const problems = [];
  if (/'unsafe-eval'/.test(text)) problems.push("'unsafe-eval'");
  const script = /(?:^|;)\s*script-src(?:-elem|-attr)?\s+([^;]*)/i.exec(text)?.[1] ?? (/(?:^|;)\s*default-src\s+([^;]*)/i.exec(text)?.[1] ?? '');
  if (/'unsafe-inline'/.test(script)) problems.push("'unsafe-inline' scripts");
  if (/(^|\s)(\*|https?:|data:|blob:)(\s|$)/.test(script)) problems.push('scripts from the network or data:/blob:');
  return problems;
}

export const RULES = [
  {
    id: 'weakened-web-preferences',
    severity: 'high',
    kinds: ['main', 'preload', 'renderer'],
    check(ctx) {
      const names = new Set([...UNSAFE_WHEN_TRUE, ...UNSAFE_WHEN_FALSE, ...PRESENCE_IS_UNSAFE]);
      for (const { node, name, value } of settings(ctx, names)) {
        const bool = literalBoolean(value);
        if (PRESENCE_IS_UNSAFE.has(name)) ctx.report(node, `${name} turns on Blink features the security model does not expect`);
        else if (UNSAFE_WHEN_TRUE.has(name) && bool !== false && bool !== null) ctx.report(node, `${name}: true`);
        else if (UNSAFE_WHEN_FALSE.has(name) && bool === false) ctx.report(node, `${name}: false`);
        else if (bool === null && name !== 'bypassCSP') ctx.report(node, `${name} is set from a computed value: it must be a literal`, 'medium');
      }
    },
  },
  {
    id: 'insecure-command-line-switch',
    severity: 'high',
    kinds: ['main'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (!ts.isCallExpression(node) || calleeName(node) !== 'appendSwitch') continue;
        const name = stringValue(node.arguments[0]) ?? '';
        if (/^(no-sandbox|disable-web-security|ignore-certificate-errors|allow-running-insecure-content|disable-site-isolation-trials|remote-debugging-port|inspect|js-flags|enable-blink-features|disable-features)$/.test(name)) {
          ctx.report(node, `appendSwitch('${name}') weakens the browser sandbox or security model`);
        }
      }
    },
  },
  {
    id: 'open-external-unvalidated',
    severity: 'high',
    kinds: ['main', 'preload', 'renderer'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (!ts.isCallExpression(node) || !['openExternal', 'openPath'].includes(calleeName(node))) continue;
        // Electron's shell (`shell.x`, or `import_electron.shell.x` in a bundle); an app function of the same
        // name, such as the confirm-then-open flow itself, is not the OS hand-off.
        if (!ts.isPropertyAccessExpression(node.expression) || !/(^|\.)shell$/.test(node.expression.expression.getText(ctx.file))) continue;
        const arg = node.arguments[0];
        if (stringValue(arg)?.startsWith('https://') && ts.isStringLiteral(arg)) continue;
        // Allowed only as the injected dependency of the confirm-then-open flow: `openExternal: (url) => shell.openExternal(url)`.
        const fn = node.parent && isFunction(node.parent) ? node.parent : null;
        const injected = fn?.parent && ts.isPropertyAssignment(fn.parent) && propertyName(fn.parent) === calleeName(node) && !enclosingCallbackSite(node);
        if (!injected && !isVerdictUrl(arg)) ctx.report(node, `${calleeName(node)}() on a URL that did not go through externalUrlVerdict + confirmation (electron/external-links.ts)`);
      }
    },
  },
  {
    id: 'remote-content-loaded',
    severity: 'high',
    kinds: ['main'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (!ts.isCallExpression(node) || calleeName(node) !== 'loadURL') continue;
        const arg = node.arguments[0];
        const text = stringValue(arg);
        if (text !== null && /^(https?|wss?|ftp):/i.test(text)) ctx.report(node, `loadURL of remote content (${text.slice(0, 60)})`);
        const source = arg ? arg.getText(ctx.file) : '';
        if (/VITE_DEV_SERVER_URL|ELECTRON_RENDERER_URL|localhost:\d+/.test(source)) ctx.report(node, 'loadURL of a development server URL');
      }
    },
  },
  {
    id: 'csp-allows-script-injection',
    severity: 'high',
    kinds: ['main', 'preload', 'renderer', 'html'],
    check(ctx) {
      for (const node of ctx.nodes) {
        const text = stringValue(node);
        if (text === null || (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTemplateExpression(node))) continue;
        if (!/\b(default-src|script-src)\b/.test(text)) continue;
        const problems = cspProblems(text);
        if (problems.length > 0) ctx.report(node, `a Content-Security-Policy allows ${problems.join(', ')}`);
      }
    },
  },
  {
    id: 'dynamic-code-in-renderer',
    severity: 'high',
    kinds: ['preload', 'renderer'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval') ctx.report(node, 'eval()');
        if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') ctx.report(node, 'new Function()');
        if (ts.isCallExpression(node) && ['setTimeout', 'setInterval'].includes(calleeName(node)) && stringValue(node.arguments[0]) !== null) {
          ctx.report(node, `${calleeName(node)} with a string (evaluated as code)`);
        }
        if (ts.isCallExpression(node) && calleeName(node) === 'executeJavaScript' && ctx.kind !== 'main') ctx.report(node, 'executeJavaScript from a renderer');
      }
    },
  },
  {
    id: 'ipc-renderer-exposed',
    severity: 'high',
    kinds: ['preload'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (!ts.isCallExpression(node) || !['exposeInMainWorld', 'exposeInIsolatedWorld'].includes(calleeName(node))) continue;
        for (const arg of node.arguments.slice(1)) {
          walkShallow(arg, (inner) => {
            const name = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : null;
            if (name === 'ipcRenderer' || (ts.isCallExpression(inner) && calleeName(inner) === 'require')) {
              ctx.report(inner, 'the page gets ipcRenderer (or require) itself: any script in the page could call every channel');
            }
          });
        }
      }
    },
  },
  {
    id: 'ipc-event-leaked',
    severity: 'medium',
    kinds: ['preload'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (!ts.isCallExpression(node) || !['on', 'once', 'addListener'].includes(calleeName(node))) continue;
        const target = node.expression.expression?.getText?.(ctx.file) ?? '';
        if (!/ipcRenderer$/.test(target)) continue;
        const listener = node.arguments[1];
        if (listener && ts.isIdentifier(listener)) {
          const fn = ts.findAncestor(node, isFunction);
          if (fn?.parameters?.some((p) => ts.isIdentifier(p.name) && p.name.text === listener.text)) {
            ctx.report(node, "a page callback is registered on ipcRenderer directly: the IpcRendererEvent (with sender) reaches the page");
          }
        }
      }
    },
  },
  {
    id: 'permission-or-window-granted',
    severity: 'high',
    kinds: ['main'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (!ts.isCallExpression(node)) continue;
        const name = calleeName(node);
        const handler = node.arguments[0];
        if (!handler || !isFunction(handler)) continue;
        if (name === 'setPermissionRequestHandler') {
          const callback = handler.parameters[2]?.name;
          walkShallow(handler.body, (inner) => {
            if (ts.isCallExpression(inner) && callback && ts.isIdentifier(callback) && ts.isIdentifier(inner.expression) && inner.expression.text === callback.text && literalBoolean(inner.arguments[0]) !== false) {
              ctx.report(inner, 'a permission request handler grants (or may grant) a permission');
            }
          });
        }
        if (name === 'setPermissionCheckHandler' && ts.isArrowFunction(handler) && !ts.isBlock(handler.body) && literalBoolean(handler.body) !== false) {
          ctx.report(node, 'a permission check handler does not answer a literal false');
        }
        if (name === 'setWindowOpenHandler') {
          walkShallow(handler.body, (inner) => {
            if (ts.isPropertyAssignment(inner) && propertyName(inner) === 'action' && stringValue(inner.initializer) !== 'deny') ctx.report(inner, 'a window-open handler allows a new window');
          });
        }
      }
    },
  },
  {
    id: 'webview-created',
    severity: 'high',
    kinds: ['renderer', 'html'],
    check(ctx) {
      for (const node of ctx.nodes) {
        if (ts.isCallExpression(node) && calleeName(node) === 'createElement' && stringValue(node.arguments[0])?.toLowerCase() === 'webview') ctx.report(node, 'creates a <webview>');
        const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
        if (text !== null && /<webview\b/i.test(text)) ctx.report(node, 'markup with a <webview>');
      }
    },
  },
  {
    id: 'sync-ipc',
    severity: 'medium',
    kinds: ['preload', 'renderer'],
    check(ctx) {
      for (const node of ctx.nodes) if (ts.isCallExpression(node) && calleeName(node) === 'sendSync') ctx.report(node, 'ipcRenderer.sendSync blocks the renderer');
    },
  },
];

/** Guards whose ABSENCE from the main bundle is the finding (ELECTRON-CHECKLIST, greps 9 and 11). */
export const REQUIRED_IN_MAIN = [
  { id: 'missing-permission-handler', call: 'setPermissionRequestHandler', message: 'no session.setPermissionRequestHandler: Electron approves every permission by default' },
  { id: 'missing-permission-check-handler', call: 'setPermissionCheckHandler', message: 'no session.setPermissionCheckHandler' },
  { id: 'missing-window-open-handler', call: 'setWindowOpenHandler', message: 'no setWindowOpenHandler: pages may open new windows' },
  { id: 'missing-navigation-guard', event: 'will-frame-navigate', message: "no 'will-frame-navigate' guard: frames may navigate anywhere" },
  { id: 'missing-navigation-guard', event: 'will-navigate', message: "no 'will-navigate' guard: the window may navigate anywhere" },
  { id: 'missing-webview-guard', event: 'will-attach-webview', message: "no 'will-attach-webview' guard" },
  { id: 'missing-web-contents-hook', event: 'web-contents-created', message: "no 'web-contents-created' hook: guards do not reach every WebContents" },
  { id: 'missing-sandbox-everywhere', call: 'enableSandbox', message: 'app.enableSandbox() is not called: a window created without sandbox: true would be unsandboxed' },
];

/** Findings for one JavaScript bundle. `kind`: main | preload | renderer. */
export function scanJavaScript(code, { file = 'bundle.js', kind }) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const nodes = [];
  const collect = (node) => {
    nodes.push(node);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const findings = [];
  for (const rule of RULES.filter((candidate) => candidate.kinds.includes(kind))) {
    const ctx = {
      file: source,
      kind,
      nodes,
      report(node, message, severity = rule.severity) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        findings.push({ rule: rule.id, severity, file, line: line + 1, message });
      },
    };
    rule.check(ctx);
  }
  if (kind === 'main') {
    const calls = new Set(nodes.filter(ts.isCallExpression).map(calleeName));
    const events = new Set(nodes.filter((node) => ts.isCallExpression(node) && ['on', 'once'].includes(calleeName(node))).map((node) => stringValue(node.arguments[0])));
    for (const required of REQUIRED_IN_MAIN) {
      const present = required.call ? calls.has(required.call) : events.has(required.event);
      if (!present) findings.push({ rule: required.id, severity: 'high', file, line: 0, message: required.message });
    }
  }
  return findings;
}

/** Findings for an HTML file: its CSP meta tags and any <webview>. */
export function scanHtml(html, { file = 'index.html' } = {}) {
  const findings = [];
  for (const match of html.matchAll(/<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi)) {
    const content = /content=(["'])(.*?)\1/is.exec(match[0])?.[2] ?? '';
    const problems = cspProblems(content);
    const line = html.slice(0, match.index).split('\n').length;
    if (problems.length > 0) findings.push({ rule: 'csp-allows-script-injection', severity: 'high', file, line, message: `the page CSP allows ${problems.join(', ')}` });
  }
  if (!/http-equiv=["']?content-security-policy/i.test(html)) findings.push({ rule: 'missing-csp', severity: 'high', file, line: 0, message: 'the page has no Content-Security-Policy meta tag' });
  for (const match of html.matchAll(/<webview\b/gi)) {
    findings.push({ rule: 'webview-created', severity: 'high', file, line: html.slice(0, match.index).split('\n').length, message: 'markup with a <webview>' });
  }
  return findings;
}
