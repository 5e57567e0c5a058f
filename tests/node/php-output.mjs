// @ts-check
// Where the WordPress plugin's strings reach markup, read from PHP's own tokens (tests/node/wordpress-plugin.test.mjs
// checks the plugin with it): what a shortcode returns, what a filter returns, and what goes into an inline style
// or script. Each is followed back through the variables and the plugin's own functions it is built from, down to
// its pieces; a piece is escaped when it is a literal, a constant (PHP allows only constant expressions there), a
// number cast, a call of an escaping function, JSON encoded with every markup character as a \u escape, or built
// only of such pieces. A filter may also return the markup
// WordPress gave it: its first parameter unchanged, or with a replacement made of escaped pieces.
import { spawnSync } from 'node:child_process';

// get_block_wrapper_attributes() is WordPress's: it escapes each attribute it writes (esc_attr).
const ESCAPING = new Set([
  'esc_attr',
  'esc_html',
  'esc_url',
  'esc_js',
  'wp_kses',
  'wp_kses_post',
  'absint',
  'intval',
  'get_block_wrapper_attributes',
]);
const REPLACING = new Set(['preg_replace', 'str_replace']);
// JSON with <, >, &, ' and " written as \u escapes cannot end a script, open markup or leave an attribute.
const SAFE_JSON_FLAGS = ['JSON_HEX_TAG', 'JSON_HEX_AMP', 'JSON_HEX_QUOT', 'JSON_HEX_APOS'];
const SKIPPED = new Set(['T_WHITESPACE', 'T_COMMENT', 'T_DOC_COMMENT', 'T_OPEN_TAG', 'T_CLOSE_TAG']);
const TOKENIZE = `echo json_encode(array_map(fn ($t) => is_array($t) ? [token_name($t[0]), $t[1]] : [$t, $t], token_get_all(stream_get_contents(STDIN))));`;

/**
 * A PHP token as `[kind, text]` (kind is the text for single characters).
 * @typedef {[kind: string, text: string]} Token
 */
/**
 * A function of the plugin: its name, its parameters and its statements.
 * @typedef {{ name: string, params: string[], statements: Token[][] }} PhpFunction
 */

/**
 * PHP's tokens of `source`, whitespace and comments left out, as `[kind, text]` (kind is the text for single characters).
 * @param {string} source
 * @returns {Token[]}
 */
export function phpTokens(source) {
  const result = spawnSync('php', ['-r', TOKENIZE], { input: source, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  /** @type {Token[]} */
  const tokens = JSON.parse(result.stdout);
  return tokens.filter(([kind]) => !SKIPPED.has(kind));
}

const OPENING = new Set(['(', '[', '{', 'T_CURLY_OPEN', 'T_DOLLAR_OPEN_CURLY_BRACES']);
const CLOSING = new Set([')', ']', '}']);

/**
 * The index of the token closing the bracket opened at `start`.
 * @param {Token[]} tokens
 * @param {number} start
 * @returns {number}
 */
function closing(tokens, start) {
  for (let depth = 0, i = start; i < tokens.length; i++) {
    if (OPENING.has(tokens[i][0])) depth++;
    else if (CLOSING.has(tokens[i][0]) && --depth === 0) return i;
  }
  throw new Error(`unclosed ${tokens[start][1]}`);
}

/**
 * Splits `tokens` at each top-level token for which `at` holds.
 * @param {Token[]} tokens
 * @param {(token: Token) => boolean} at
 * @returns {Token[][]}
 */
function splitTopLevel(tokens, at) {
  /** @type {Token[]} */
  let part = [];
  const parts = [part];
  let depth = 0;
  for (const token of tokens) {
    if (OPENING.has(token[0])) depth++;
    else if (CLOSING.has(token[0])) depth--;
    if (depth === 0 && at(token)) parts.push((part = []));
    else part.push(token);
  }
  return parts;
}

/**
 * Each function by its name: its parameters and its statements (split at `;`, `{` and `}` of blocks).
 * @param {Token[]} tokens
 * @returns {Map<string, PhpFunction>}
 */
function functionsOf(tokens) {
  /** @type {Map<string, PhpFunction>} */
  const functions = new Map();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i][0] !== 'T_FUNCTION' || tokens[i + 1]?.[0] !== 'T_STRING') continue;
    const paramsEnd = closing(tokens, i + 2);
    const params = tokens
      .slice(i + 3, paramsEnd)
      .filter(([kind]) => kind === 'T_VARIABLE')
      .map(([, text]) => text);
    const bodyEnd = closing(tokens, paramsEnd + 1);
    /** @type {Token[]} */
    let statement = [];
    const statements = [statement];
    let depth = 0;
    for (const token of tokens.slice(paramsEnd + 2, bodyEnd)) {
      // Braces of blocks end statements; those inside an expression (`{$x}` in a string, a closure's body in a
      // call) do not.
      if (OPENING.has(token[0]) && (token[0] !== '{' || depth > 0)) depth++;
      else if (CLOSING.has(token[0]) && depth > 0) depth--;
      else if (depth === 0 && (token[0] === ';' || token[0] === '{' || token[0] === '}')) {
        statements.push((statement = []));
        continue;
      }
      statement.push(token);
    }
    const name = tokens[i + 1][1];
    functions.set(name, { name, params, statements: statements.filter((each) => each.length) });
    i = bodyEnd;
  }
  return functions;
}

/**
 * Statements outside any function (the hooks are registered there).
 * @param {Token[]} tokens
 * @returns {Token[][]}
 */
function topLevelStatements(tokens) {
  /** @type {Token[]} */
  let statement = [];
  const statements = [statement];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i][0] === 'T_FUNCTION') {
      i = closing(tokens, closing(tokens, i + 2) + 1);
      continue;
    }
    if (tokens[i][0] === ';') statements.push((statement = []));
    else statement.push(tokens[i]);
  }
  return statements.filter((each) => each.length);
}

/**
 * A call `name( args )` filling all of `tokens`: its name and arguments, else `undefined`.
 * @param {Token[]} tokens
 * @returns {{ name: string, args: Token[][] } | undefined}
 */
function callOf(tokens) {
  if (tokens[0]?.[0] !== 'T_STRING' || tokens[1]?.[0] !== '(' || closing(tokens, 1) !== tokens.length - 1)
    return undefined;
  const inside = tokens.slice(2, -1);
  return {
    name: tokens[0][1].toLowerCase(),
    args: inside.length ? splitTopLevel(inside, ([kind]) => kind === ',') : [],
  };
}

/** @param {Token[]} tokens */
const text = (tokens) => tokens.map(([, value]) => value).join(' ');
/** @type {(token: Token) => string | undefined} */
const literal = ([kind, value]) => (kind === 'T_CONSTANT_ENCAPSED_STRING' ? value.slice(1, -1) : undefined);

/**
 * Every place where `source` (a PHP file) puts a string into markup (`sinks`), and each that holds a piece not
 * escaped (`unescaped`, naming the place and the first such piece).
 * @param {string} source
 * @returns {{ sinks: string[], unescaped: string[] }}
 */
export function unescapedOutput(source) {
  const tokens = phpTokens(source);
  const functions = functionsOf(tokens);
  /** @type {string[]} */
  const unescaped = [];
  /** @type {string[]} */
  const sinks = [];
  /**
   * The first piece found unescaped in the current check, for the message.
   * @type {string | undefined}
   */
  let blame;
  /**
   * @param {Token[]} tokens
   * @returns {false}
   */
  const unescapedPiece = (tokens) => {
    blame ??= text(tokens);
    return false;
  };

  /**
   * Where each variable of a function is set: its expressions, `foreach` sources included.
   * @param {PhpFunction} fn
   * @param {string} name
   * @returns {Token[][]}
   */
  function assignments(fn, name) {
    /** @type {Token[][]} */
    const found = [];
    for (const statement of fn.statements) {
      if (statement[0][0] === 'T_FOREACH') {
        const inside = statement.slice(2, closing(statement, 1));
        const as = inside.findIndex(([kind]) => kind === 'T_AS');
        if (inside.slice(as + 1).some(([kind, value]) => kind === 'T_VARIABLE' && value === name))
          found.push(inside.slice(0, as));
        continue;
      }
      const start = statement[0][0] === 'T_STATIC' ? 1 : 0;
      if (statement[start]?.[0] !== 'T_VARIABLE' || statement[start][1] !== name) continue;
      let at = start + 1;
      if (statement[at]?.[0] === '[') at = closing(statement, at) + 1;
      if (statement[at]?.[0] === '=' || statement[at]?.[0] === 'T_CONCAT_EQUAL') found.push(statement.slice(at + 1));
    }
    return found;
  }

  /** @type {Set<string>} */
  const checking = new Set();
  /**
   * Whether a variable holds only escaped pieces wherever it is set (a parameter is input: it does not).
   * @param {PhpFunction} fn
   * @param {string} name
   * @returns {boolean}
   */
  function escapedVariable(fn, name) {
    const key = `${fn.name}:${name}`;
    if (checking.has(key)) return true; // set from itself: decided by its other pieces
    const sets = assignments(fn, name);
    if (fn.params.includes(name) || !sets.length) return unescapedPiece([['T_VARIABLE', name]]);
    checking.add(key);
    try {
      return sets.every((expression) => escaped(fn, expression));
    } finally {
      checking.delete(key);
    }
  }

  /**
   * Whether every value a plugin function returns is escaped.
   * @param {string} name
   * @returns {boolean}
   */
  function escapedReturns(name) {
    const fn = functions.get(name);
    if (!fn || checking.has(name)) return false;
    checking.add(name);
    // A function calling itself: its other returns decide.
    try {
      return fn.statements
        .filter(([[kind]]) => kind === 'T_RETURN')
        .every((statement) => statement.length === 1 || escaped(fn, statement.slice(1)));
    } finally {
      checking.delete(name);
    }
  }

  /**
   * Whether `expression`, in `fn`, is made only of escaped pieces.
   * @param {PhpFunction} fn
   * @param {Token[]} expression
   * @returns {boolean}
   */
  function escaped(fn, expression) {
    if (!expression.length) return unescapedPiece([['', '(nothing)']]);
    if (expression[0][0] === '(' && closing(expression, 0) === expression.length - 1)
      return escaped(fn, expression.slice(1, -1));
    // cond ? a : b (the condition is not output), a ?: b, a ?? b
    const question = splitTopLevel(expression, ([kind]) => kind === '?');
    if (question.length === 2) {
      const [whenTrue, whenFalse] = splitTopLevel(question[1], ([kind]) => kind === ':');
      return (whenTrue.length ? escaped(fn, whenTrue) : escaped(fn, question[0])) && escaped(fn, whenFalse ?? []);
    }
    for (const operator of ['T_COALESCE', '.']) {
      const operands = splitTopLevel(expression, ([kind]) => kind === operator);
      if (operands.length > 1) return operands.every((operand) => escaped(fn, operand));
    }
    const [first] = expression;
    if (['T_INT_CAST', 'T_DOUBLE_CAST', 'T_BOOL_CAST'].includes(first[0])) return true;
    if (expression.length === 1) {
      const [kind, value] = first;
      if (['T_CONSTANT_ENCAPSED_STRING', 'T_LNUMBER', 'T_DNUMBER', 'T_FILE', 'T_DIR'].includes(kind)) return true;
      if (kind === 'T_STRING' && (/^[A-Z][A-Z0-9_]*$/.test(value) || /^(true|false|null)$/i.test(value))) return true;
      if (kind === 'T_VARIABLE') return escapedVariable(fn, value);
      return unescapedPiece(expression);
    }
    if (first[0] === 'T_VARIABLE' && expression[1][0] === '[' && closing(expression, 1) === expression.length - 1) {
      return escapedVariable(fn, first[1]);
    }
    const call = callOf(expression);
    // A replacement in escaped markup, by an escaped piece, is escaped.
    if (call && REPLACING.has(call.name)) return call.args.slice(0, 3).every((arg) => escaped(fn, arg));
    const safeJson =
      call?.name === 'wp_json_encode' &&
      SAFE_JSON_FLAGS.every((flag) => call.args[1]?.some(([, value]) => value === flag));
    return (call && (ESCAPING.has(call.name) || safeJson || escapedReturns(call.name))) || unescapedPiece(expression);
  }

  /**
   * A value a filter returns: escaped, or the markup it was given (unchanged, or with an escaped replacement made).
   * @param {PhpFunction} fn
   * @param {Token[]} expression
   * @returns {boolean}
   */
  function filterOutput(fn, expression) {
    const given = fn.params[0];
    /** @param {Token[]} tokens */
    const isGiven = (tokens) => tokens.length === 1 && tokens[0][1] === given && assignments(fn, given).length === 0;
    if (isGiven(expression)) return true;
    const call = callOf(expression);
    if (call && REPLACING.has(call.name) && isGiven(call.args[2] ?? [])) {
      return escaped(fn, call.args[0]) && escaped(fn, call.args[1]);
    }
    return escaped(fn, expression);
  }

  /**
   * Checks one place where a string reaches markup.
   * @param {string} place
   * @param {() => boolean} isEscaped
   */
  function check(place, isEscaped) {
    blame = undefined;
    if (!isEscaped()) unescaped.push(`${place}: ${blame ?? 'not escaped'}`);
  }

  /**
   * Checks what the function `name` returns: as a filter's output (`filter`), else as markup of its own.
   * @param {string} name
   * @param {boolean} filter
   */
  function checkReturns(name, filter) {
    const fn = functions.get(name);
    if (!fn) return unescaped.push(`${name}: no such function`);
    for (const statement of fn.statements) {
      if (statement[0][0] !== 'T_RETURN' || statement.length === 1) continue;
      const expression = statement.slice(1);
      check(`${name}: return ${text(expression)}`, () => (filter ? filterOutput : escaped)(fn, expression));
    }
  }

  /** @type {{ statement: Token[], fn?: PhpFunction }[]} */
  const calls = [
    ...topLevelStatements(tokens).map((statement) => ({ statement })),
    ...[...functions.values()].flatMap((fn) => fn.statements.map((statement) => ({ statement, fn }))),
  ];
  for (const { statement, fn } of calls) {
    // A call whose result is kept (`$block = register_block_type( … )`) is looked at too.
    const call =
      callOf(statement) ??
      (statement[0]?.[0] === 'T_VARIABLE' && statement[1]?.[0] === '=' ? callOf(statement.slice(2)) : undefined);
    if (!call) continue;
    const callback = call.args[1]?.length === 1 ? literal(call.args[1][0]) : undefined;
    if (call.name === 'add_shortcode' && callback) {
      sinks.push(`shortcode ${callback}`);
      checkReturns(callback, false);
    } else if (call.name === 'add_filter' && callback) {
      sinks.push(`filter ${literal(call.args[0][0])}: ${callback}`);
      checkReturns(callback, true);
    } else if (call.name === 'register_block_type') {
      // A block's render_callback: what it returns is the block's markup on the page.
      const options = call.args[1] ?? [];
      const at = options.findIndex(
        ([kind, value]) => kind === 'T_CONSTANT_ENCAPSED_STRING' && literal([kind, value]) === 'render_callback',
      );
      const render = at >= 0 && options[at + 1]?.[0] === 'T_DOUBLE_ARROW' ? literal(options[at + 2]) : undefined;
      if (render) {
        sinks.push(`block render_callback ${render}`);
        checkReturns(render, false);
      } else
        unescaped.push(`register_block_type in ${fn?.name ?? 'the file'}: no render_callback the check can follow`);
    } else if ((call.name === 'wp_add_inline_style' || call.name === 'wp_add_inline_script') && fn) {
      sinks.push(`${call.name} in ${fn.name}`);
      check(`${fn.name}: ${call.name}`, () => escaped(fn, call.args[1] ?? []));
    }
  }
  return { sinks, unescaped };
}
