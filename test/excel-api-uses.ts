/**
 * Every Excel API that src/excel touches, found with the TypeScript checker, with the guards under
 * which each runs. Shared by test/manifest.test.ts (the declared ExcelApi minimum) and
 * test/office-host-scripts.test.ts (the APIs the served office.js host scripts define).
 *
 * A use is a member access or a property name passed to load(); its ExcelApi set comes from the
 * "[Api set: ExcelApi x.y]" of its @types/office-js declaration. Two kinds of guard:
 *   - version: a condition mentioning `supports('x.y')` or `isSetSupported('ExcelApi', 'x.y')`;
 *   - member: a condition mentioning `scriptHas(object, 'member')` (the loaded script defines it).
 * A condition is an if / ?: / && / for-of over a guarded collection / an optional chain on a guarded
 * value, and is followed through variables, parameters, object properties (by name), the call sites
 * of the function a use sits in, and the type of a value: a value of a type that only guarded uses
 * produce (NoteCollection comes only from a guarded Worksheet.notes) carries their guard.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ApiUse {
  where: string; // file:line
  api: string; // Type.member
  owner: string; // Type
  member: string;
  version: string; // ExcelApi set
  returns?: string; // the type the use produces, when it is an Excel type
  guard?: string; // the isSetSupported version that protects it
  members: Set<string>; // members whose presence in the loaded script protects it
}

export const cmp = (a: string, b: string) => {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1! - b1! || a2! - b2!;
};
export const maxVersion = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : cmp(a, b) >= 0 ? a : b);
const minVersion = (a: string | undefined, b: string | undefined) => (!a || !b ? undefined : cmp(a, b) <= 0 ? a : b);

interface Guard {
  version?: string;
  members: Set<string>;
}
const NONE = (): Guard => ({ members: new Set() });
const join2 = (a: Guard, b: Guard): Guard => ({ version: maxVersion(a.version, b.version), members: new Set([...a.members, ...b.members]) });
/** What holds on every path: the weaker version, the members both have. */
const meet = (a: Guard, b: Guard): Guard => ({ version: minVersion(a.version, b.version), members: new Set([...a.members].filter((m) => b.members.has(m))) });
const isEmpty = (g: Guard) => !g.version && g.members.size === 0;
const same = (a: Guard, b: Guard) => a.version === b.version && a.members.size === b.members.size && [...a.members].every((m) => b.members.has(m));

export function excelApiUses(root: string): ApiUse[] {
  const dir = join(root, 'src/excel');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const sources = files.map((f) => program.getSourceFile(f)!);

  const setOf = (symbol: ts.Symbol | undefined): string | undefined => {
    let v: string | undefined;
    for (const d of symbol?.declarations ?? []) {
      const file = d.getSourceFile();
      if (!file.fileName.includes('@types/office-js')) continue;
      const doc = file.text.slice(d.getFullStart(), d.getStart());
      const m = /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc);
      if (m) v = v && cmp(v, m[1]!) <= 0 ? v : m[1]; // overloads: the earliest set
    }
    return v;
  };
  const typeName = (t: ts.Type) => {
    const s = checker.getNonNullableType(t).getSymbol();
    return s ? checker.getFullyQualifiedName(s) : checker.typeToString(t);
  };

  const walk = (visit: (n: ts.Node) => void) => {
    const go = (n: ts.Node) => {
      visit(n);
      n.forEachChild(go);
    };
    for (const s of sources) go(s);
  };

  // Guards carried by symbols (variables, parameters), property names and Excel types.
  const bySymbol = new Map<ts.Symbol, Guard>();
  const byProp = new Map<string, Guard>();
  const byType = new Map<string, Guard>();
  const setGuard = <K>(map: Map<K, Guard>, k: K, g: Guard) => {
    const old = map.get(k);
    if (!isEmpty(g) && (!old || !same(old, g))) {
      map.set(k, g);
      changed = true;
    }
  };
  let changed = true;

  const direct = (n: ts.Node): Guard => {
    const g = NONE();
    if (!ts.isCallExpression(n)) return g;
    const callee = n.expression.getText();
    const args = n.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : ''));
    if (/(^|\.)supports$/.test(callee) && args[0]) g.version = args[0];
    if (/isSetSupported$/.test(callee) && args[0] === 'ExcelApi' && args[1]) g.version = args[1];
    if (/(^|\.)scriptHas$/.test(callee) && args[1]) g.members.add(args[1]);
    return g;
  };
  /** Every guard an expression mentions. */
  const mentioned = (expr: ts.Node): Guard => {
    let g = direct(expr);
    if (ts.isIdentifier(expr)) {
      const s = checker.getSymbolAtLocation(expr);
      if (s && bySymbol.has(s)) g = join2(g, bySymbol.get(s)!);
    }
    if (ts.isPropertyAccessExpression(expr) && byProp.has(expr.name.text)) g = join2(g, byProp.get(expr.name.text)!);
    expr.forEachChild((c) => {
      g = join2(g, mentioned(c));
    });
    return g;
  };

  // Call sites of each function declared in src/excel (for guards that sit outside the function).
  const callSites = new Map<ts.Node, ts.CallExpression[]>();
  walk((n) => {
    if (!ts.isCallExpression(n)) return;
    const decl = checker.getSymbolAtLocation(n.expression)?.declarations?.[0];
    const s = decl && ts.isImportSpecifier(decl) ? checker.getAliasedSymbol(checker.getSymbolAtLocation(n.expression)!).declarations?.[0] : decl;
    if (s && (ts.isFunctionDeclaration(s) || ts.isMethodDeclaration(s)) && sources.includes(s.getSourceFile())) {
      callSites.set(s, [...(callSites.get(s) ?? []), n]);
    }
  });

  /** The guards protecting node: its enclosing conditions, then (through its function) every call site's. */
  const guardOf = (node: ts.Node, seen = new Set<ts.Node>()): Guard => {
    let g = NONE();
    for (let n: ts.Node = node; n.parent; n = n.parent) {
      const p = n.parent;
      if (ts.isIfStatement(p) && n === p.thenStatement) g = join2(g, mentioned(p.expression));
      if (ts.isConditionalExpression(p) && n === p.whenTrue) g = join2(g, mentioned(p.condition));
      if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && n === p.right) g = join2(g, mentioned(p.left));
      if (ts.isForOfStatement(p) && n === p.statement) g = join2(g, mentioned(p.expression));
      // guarded?.member and guarded?.load('member'): nothing runs when the guarded value is absent.
      if (ts.isPropertyAccessExpression(p) && p.questionDotToken && n === p.name) g = join2(g, mentioned(p.expression));
      if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && p.expression.questionDotToken && p.arguments.includes(n as ts.Expression)) {
        g = join2(g, mentioned(p.expression.expression));
      }
      if ((ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p)) && callSites.has(p) && !seen.has(p)) {
        seen.add(p);
        const sites = callSites.get(p)!.map((c) => guardOf(c, seen));
        g = join2(g, sites.reduce(meet));
        break;
      }
    }
    return g;
  };

  const uses: ApiUse[] = [];
  const collect = () => {
    uses.length = 0;
    const record = (node: ts.Node, symbol: ts.Symbol | undefined, ownerType: ts.Type, producedType?: ts.Type) => {
      const version = setOf(symbol);
      if (!version) return;
      const owner = typeName(ownerType);
      const sf = node.getSourceFile();
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const g = join2(guardOf(node), byType.get(owner) ?? NONE());
      const returns = producedType ? typeName(producedType) : undefined;
      uses.push({
        where: `${sf.fileName.slice(root.length + 1)}:${line}`,
        api: `${owner}.${symbol!.name}`,
        owner,
        member: symbol!.name,
        version,
        returns: returns?.startsWith('Excel.') ? returns : undefined,
        guard: g.version,
        members: g.members,
      });
    };
    walk((n) => {
      if (ts.isPropertyAccessExpression(n)) {
        const produced = ts.isCallExpression(n.parent) && n.parent.expression === n ? checker.getTypeAtLocation(n.parent) : checker.getTypeAtLocation(n);
        record(n.name, checker.getSymbolAtLocation(n.name), checker.getTypeAtLocation(n.expression), produced);
      }
      // load('a') / load(['a', 'b']) / load('items/name'): each loaded property of the receiver's type.
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'load') {
        const type = checker.getNonNullableType(checker.getTypeAtLocation(n.expression.expression));
        for (const arg of n.arguments) {
          const strings = ts.isArrayLiteralExpression(arg) ? arg.elements : [arg];
          for (const s of strings) {
            if (!ts.isStringLiteral(s)) continue;
            for (const prop of s.text.split(',')) record(s, type.getProperty(prop.trim().split('/')[0]!), type);
          }
        }
      }
    });
  };

  for (let pass = 0; changed && pass < 8; pass++) {
    changed = false;
    walk((n) => {
      if (ts.isVariableDeclaration(n) && n.initializer && ts.isIdentifier(n.name)) {
        const s = checker.getSymbolAtLocation(n.name);
        if (s) setGuard(bySymbol, s, mentioned(n.initializer));
      }
      if (ts.isForOfStatement(n) && ts.isVariableDeclarationList(n.initializer)) {
        const g = mentioned(n.expression);
        for (const d of n.initializer.declarations) {
          const s = checker.getSymbolAtLocation(d.name);
          if (s) setGuard(bySymbol, s, g);
        }
      }
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name)) setGuard(byProp, n.name.text, mentioned(n.initializer));
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)) {
        setGuard(byProp, n.left.name.text, join2(mentioned(n.right), guardOf(n)));
      }
    });
    // Parameters: what every call site passes.
    for (const [fn, sites] of callSites) {
      (fn as ts.FunctionDeclaration).parameters.forEach((param, i) => {
        const s = ts.isIdentifier(param.name) ? checker.getSymbolAtLocation(param.name) : undefined;
        if (!s) return;
        // A call passing `false` never enters what the parameter guards: it adds no path.
        const live = sites.filter((c) => c.arguments[i]?.kind !== ts.SyntaxKind.FalseKeyword);
        const passed = live.map((c) => (c.arguments[i] ? join2(mentioned(c.arguments[i]!), guardOf(c)) : NONE()));
        if (passed.length) setGuard(bySymbol, s, passed.reduce(meet));
      });
    }
    // Types produced only under a guard carry it (NoteCollection only from a guarded Worksheet.notes).
    collect();
    const producers = new Map<string, Guard[]>();
    for (const u of uses) if (u.returns) producers.set(u.returns, [...(producers.get(u.returns) ?? []), { version: u.guard, members: u.members }]);
    for (const [type, guards] of producers) setGuard(byType, type, guards.reduce(meet));
  }
  collect();
  return uses;
}
