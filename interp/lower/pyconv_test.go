// This file converts Python source to a pyast tree for the tests, using
// CPython's own parser (module ast) through python3, until package parser
// lands. Tests that need it skip when python3 is absent.

package lower

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os/exec"
	"strconv"
	"testing"

	"go.starlark.net/syntax"

	"pyconc/interp/pyast"
)

// pyToJSON is a Python program printing the ast of stdin as JSON nodes
// shaped like package pyast: {"_t": TypeName, field: value...}.
const pyToJSON = `
import ast, json, sys
src = sys.stdin.read()
tree = ast.parse(src)
BIN = {ast.Add:'+', ast.Sub:'-', ast.Mult:'*', ast.Div:'/', ast.FloorDiv:'//', ast.Mod:'%',
       ast.Pow:'**', ast.MatMult:'@', ast.BitOr:'|', ast.BitXor:'^', ast.BitAnd:'&',
       ast.LShift:'<<', ast.RShift:'>>'}
UN = {ast.USub:'-', ast.UAdd:'+', ast.Invert:'~', ast.Not:'not'}
CMP = {ast.Lt:'<', ast.Gt:'>', ast.Eq:'==', ast.NotEq:'!=', ast.LtE:'<=', ast.GtE:'>=',
       ast.In:'in', ast.NotIn:'not in', ast.Is:'is', ast.IsNot:'is not'}
def P(n, dcol=0): return [n.lineno, n.col_offset + 1 + dcol]
def L(xs): return [E(x) for x in xs]
def SL(xs): return [S(x) for x in xs]
def E(n):
    if n is None: return None
    t = type(n)
    if t is ast.Name: return {'_t':'Name', 'NamePos':P(n), 'Id':n.id}
    if t is ast.Constant:
        v = n.value
        if v is None or v is True or v is False: return {'_t':'Name','NamePos':P(n),'Id':repr(v)}
        if v is Ellipsis: return {'_t':'Name','NamePos':P(n),'Id':'...'}
        if isinstance(v, int): return {'_t':'Int','ValuePos':P(n),'Raw':str(v),'Value':str(v)}
        if isinstance(v, float): return {'_t':'Float','ValuePos':P(n),'Raw':repr(v),'Value':v}
        if isinstance(v, str): return {'_t':'Str','ValuePos':P(n),'Value':v}
        if isinstance(v, bytes): return {'_t':'Bytes','ValuePos':P(n),'Value':list(v)}
        raise SystemExit('constant %r' % (v,))
    if t is ast.JoinedStr: return {'_t':'FString','ValuePos':P(n),'Parts':L(n.values)}
    if t is ast.FormattedValue:
        return {'_t':'FormatField','LbracePos':P(n),'Value':E(n.value),
                'Conv': 0 if n.conversion < 0 else n.conversion, 'Spec':E(n.format_spec)}
    if t is ast.Attribute: return {'_t':'Attribute','X':E(n.value),'Dot':P(n),'NamePos':P(n),'Name':n.attr}
    if t is ast.Subscript: return {'_t':'Subscript','X':E(n.value),'Lbrack':P(n),'Index':E(n.slice)}
    if t is ast.Slice: return {'_t':'Slice','ColonPos':P(n),'Lo':E(n.lower),'Hi':E(n.upper),'Step':E(n.step)}
    if t is ast.Call:
        args = []
        for a in n.args:
            if type(a) is ast.Starred: args.append({'ArgPos':P(a),'Star':1,'Value':E(a.value)})
            else: args.append({'ArgPos':P(a),'Value':E(a)})
        for k in n.keywords:
            if k.arg is None: args.append({'ArgPos':P(k),'Star':2,'Value':E(k.value)})
            else: args.append({'ArgPos':P(k),'Name':k.arg,'Value':E(k.value)})
        return {'_t':'Call','Fn':E(n.func),'Lparen':P(n),'Args':args,'Rparen':P(n)}
    if t is ast.BinOp: return {'_t':'BinOp','X':E(n.left),'OpPos':P(n),'Op':BIN[type(n.op)],'Y':E(n.right)}
    if t is ast.UnaryOp: return {'_t':'UnaryOp','OpPos':P(n),'Op':UN[type(n.op)],'X':E(n.operand)}
    if t is ast.BoolOp:
        op = 'and' if type(n.op) is ast.And else 'or'
        x = E(n.values[0])
        for v in n.values[1:]: x = {'_t':'BoolOp','X':x,'OpPos':P(n),'Op':op,'Y':E(v)}
        return x
    if t is ast.Compare:
        return {'_t':'Compare','Operands':L([n.left]+n.comparators),'OpPos':[P(n)]*len(n.ops),'Ops':[CMP[type(o)] for o in n.ops]}
    if t is ast.IfExp: return {'_t':'IfExp','Then':E(n.body),'Cond':E(n.test),'Else':E(n.orelse)}
    if t is ast.Lambda: return {'_t':'Lambda','LambdaPos':P(n),'Params':params(n.args),'Body':E(n.body)}
    if t is ast.List: return {'_t':'List','Lbrack':P(n),'Elts':L(n.elts)}
    if t is ast.Tuple: return {'_t':'Tuple','Lparen':P(n),'Elts':L(n.elts)}
    if t is ast.Set: return {'_t':'Set','Lbrace':P(n),'Elts':L(n.elts)}
    if t is ast.Dict: return {'_t':'Dict','Lbrace':P(n),'Keys':L(n.keys),'Values':L(n.values)}
    if t is ast.Starred: return {'_t':'Starred','StarPos':P(n),'X':E(n.value)}
    if t in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
        kind = {ast.ListComp:'list', ast.SetComp:'set', ast.GeneratorExp:'gen', ast.DictComp:'dict'}[t]
        cl = [{'ForPos':P(g.target),'Target':E(g.target),'Iter':E(g.iter),'Ifs':L(g.ifs)} for g in n.generators]
        if t is ast.DictComp: return {'_t':'Comprehension','Kind':kind,'OpenPos':P(n),'Elt':E(n.key),'Value':E(n.value),'Clauses':cl}
        return {'_t':'Comprehension','Kind':kind,'OpenPos':P(n),'Elt':E(n.elt),'Clauses':cl}
    raise SystemExit('expr %s' % t.__name__)
def params(a):
    out = []
    pos = a.posonlyargs + a.args
    nd = len(pos) - len(a.defaults)
    for i, x in enumerate(pos):
        out.append({'NamePos':P(x),'Name':x.arg,'Kind':0,'Default':E(a.defaults[i-nd]) if i >= nd else None})
    if a.vararg: out.append({'NamePos':P(a.vararg),'Name':a.vararg.arg,'Kind':1})
    elif a.kwonlyargs: out.append({'NamePos':P(a.kwonlyargs[0]),'Name':'','Kind':4})
    for x, d in zip(a.kwonlyargs, a.kw_defaults):
        out.append({'NamePos':P(x),'Name':x.arg,'Kind':2,'Default':E(d)})
    if a.kwarg: out.append({'NamePos':P(a.kwarg),'Name':a.kwarg.arg,'Kind':3})
    return out
def alias(a): return {'NamePos':P(a),'Name':a.name,'AsName':a.asname or ''}
def S(n):
    t = type(n)
    if t is ast.Expr: return {'_t':'ExprStmt','X':E(n.value)}
    if t is ast.Assign: return {'_t':'Assign','Targets':L(n.targets),'EqPos':P(n),'Value':E(n.value)}
    if t is ast.AugAssign: return {'_t':'AugAssign','Target':E(n.target),'OpPos':P(n),'Op':BIN[type(n.op)],'Value':E(n.value)}
    if t is ast.AnnAssign: return {'_t':'AnnAssign','Target':E(n.target),'Annotation':E(n.annotation),'Value':E(n.value)}
    if t is ast.Pass: return {'_t':'Pass','PassPos':P(n)}
    if t is ast.Break: return {'_t':'Break','BreakPos':P(n)}
    if t is ast.Continue: return {'_t':'Continue','ContinuePos':P(n)}
    if t is ast.Return: return {'_t':'Return','ReturnPos':P(n),'Value':E(n.value)}
    if t is ast.If: return {'_t':'If','IfPos':P(n),'Cond':E(n.test),'Body':SL(n.body),'Else':SL(n.orelse)}
    if t is ast.While: return {'_t':'While','WhilePos':P(n),'Cond':E(n.test),'Body':SL(n.body),'Else':SL(n.orelse)}
    if t is ast.For: return {'_t':'For','ForPos':P(n),'Target':E(n.target),'Iter':E(n.iter),'Body':SL(n.body),'Else':SL(n.orelse)}
    if t is ast.FunctionDef:
        return {'_t':'FunctionDef','Decorators':L(n.decorator_list),'DefPos':P(n),'NamePos':P(n,4),'Name':n.name,'Params':params(n.args),'Body':SL(n.body)}
    if t is ast.ClassDef:
        kws = [{'ArgPos':P(k),'Name':k.arg or '','Star':0 if k.arg else 2,'Value':E(k.value)} for k in n.keywords]
        return {'_t':'ClassDef','Decorators':L(n.decorator_list),'ClassPos':P(n),'NamePos':P(n,6),'Name':n.name,'Bases':L(n.bases),'Keywords':kws,'Body':SL(n.body)}
    if t is ast.Import: return {'_t':'Import','ImportPos':P(n),'Names':[alias(a) for a in n.names]}
    if t is ast.ImportFrom:
        names = None if n.names[0].name == '*' else [alias(a) for a in n.names]
        return {'_t':'ImportFrom','FromPos':P(n),'Module':n.module or '','Level':n.level,'Names':names}
    if t is ast.Global: return {'_t':'Global','GlobalPos':P(n),'Names':n.names}
    if t is ast.Nonlocal: return {'_t':'Nonlocal','NonlocalPos':P(n),'Names':n.names}
    if t is ast.Delete: return {'_t':'Del','DelPos':P(n),'Targets':L(n.targets)}
    if t is ast.Assert: return {'_t':'Assert','AssertPos':P(n),'Test':E(n.test),'Msg':E(n.msg)}
    if t is ast.Raise: return {'_t':'Raise','RaisePos':P(n),'Exc':E(n.exc),'Cause':E(n.cause)}
    if t is ast.Try:
        hs = [{'ExceptPos':P(h),'Type':E(h.type),'Name':h.name or '','Body':SL(h.body)} for h in n.handlers]
        return {'_t':'Try','TryPos':P(n),'Body':SL(n.body),'Handlers':hs,'Else':SL(n.orelse),'Finally':SL(n.finalbody)}
    if t is ast.With:
        return {'_t':'With','WithPos':P(n),'Items':[{'Context':E(i.context_expr),'Vars':E(i.optional_vars)} for i in n.items],'Body':SL(n.body)}
    raise SystemExit('stmt %s' % t.__name__)
json.dump({'Body': SL(tree.body)}, sys.stdout)
`

// parsePy parses Python source text with python3 into a pyast.Module.
func parsePy(t testing.TB, path, src string) *pyast.Module {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command(py, "-c", pyToJSON)
	cmd.Stdin = bytes.NewBufferString(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 ast: %v\n%s", err, stderr.String())
	}
	var m map[string]interface{}
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	c := &conv{path: new(string)}
	*c.path = path
	return &pyast.Module{Path: path, Body: c.stmts(m["Body"])}
}

type conv struct{ path *string }

func (c *conv) pos(v interface{}) pyast.Pos {
	a, _ := v.([]interface{})
	if len(a) != 2 {
		return syntax.MakePosition(c.path, 1, 1)
	}
	return syntax.MakePosition(c.path, int32(a[0].(float64)), int32(a[1].(float64)))
}

func s(v interface{}) string { x, _ := v.(string); return x }

func (c *conv) stmts(v interface{}) []pyast.Stmt {
	var out []pyast.Stmt
	for _, x := range asList(v) {
		out = append(out, c.stmt(x.(map[string]interface{})))
	}
	return out
}

func (c *conv) exprs(v interface{}) []pyast.Expr {
	var out []pyast.Expr
	for _, x := range asList(v) {
		out = append(out, c.expr(x))
	}
	return out
}

func asList(v interface{}) []interface{} { a, _ := v.([]interface{}); return a }

func (c *conv) params(v interface{}) []*pyast.Param {
	var out []*pyast.Param
	for _, x := range asList(v) {
		m := x.(map[string]interface{})
		out = append(out, &pyast.Param{NamePos: c.pos(m["NamePos"]), Name: s(m["Name"]),
			Kind: pyast.ParamKind(m["Kind"].(float64)), Default: c.expr(m["Default"])})
	}
	return out
}

func (c *conv) args(v interface{}) []*pyast.Arg {
	var out []*pyast.Arg
	for _, x := range asList(v) {
		m := x.(map[string]interface{})
		star, _ := m["Star"].(float64)
		out = append(out, &pyast.Arg{ArgPos: c.pos(m["ArgPos"]), Name: s(m["Name"]), Star: int(star), Value: c.expr(m["Value"])})
	}
	return out
}

func (c *conv) aliases(v interface{}) []*pyast.Alias {
	var out []*pyast.Alias
	for _, x := range asList(v) {
		m := x.(map[string]interface{})
		out = append(out, &pyast.Alias{NamePos: c.pos(m["NamePos"]), Name: s(m["Name"]), AsName: s(m["AsName"])})
	}
	return out
}

func (c *conv) stmt(m map[string]interface{}) pyast.Stmt {
	switch m["_t"] {
	case "ExprStmt":
		return &pyast.ExprStmt{X: c.expr(m["X"])}
	case "Assign":
		return &pyast.Assign{Targets: c.exprs(m["Targets"]), EqPos: c.pos(m["EqPos"]), Value: c.expr(m["Value"])}
	case "AugAssign":
		return &pyast.AugAssign{Target: c.expr(m["Target"]), OpPos: c.pos(m["OpPos"]), Op: s(m["Op"]), Value: c.expr(m["Value"])}
	case "AnnAssign":
		return &pyast.AnnAssign{Target: c.expr(m["Target"]), Annotation: c.expr(m["Annotation"]), Value: c.expr(m["Value"])}
	case "Pass":
		return &pyast.Pass{PassPos: c.pos(m["PassPos"])}
	case "Break":
		return &pyast.Break{BreakPos: c.pos(m["BreakPos"])}
	case "Continue":
		return &pyast.Continue{ContinuePos: c.pos(m["ContinuePos"])}
	case "Return":
		return &pyast.Return{ReturnPos: c.pos(m["ReturnPos"]), Value: c.expr(m["Value"])}
	case "If":
		return &pyast.If{IfPos: c.pos(m["IfPos"]), Cond: c.expr(m["Cond"]), Body: c.stmts(m["Body"]), Else: c.stmts(m["Else"])}
	case "While":
		return &pyast.While{WhilePos: c.pos(m["WhilePos"]), Cond: c.expr(m["Cond"]), Body: c.stmts(m["Body"]), Else: c.stmts(m["Else"])}
	case "For":
		return &pyast.For{ForPos: c.pos(m["ForPos"]), Target: c.expr(m["Target"]), Iter: c.expr(m["Iter"]), Body: c.stmts(m["Body"]), Else: c.stmts(m["Else"])}
	case "FunctionDef":
		return &pyast.FunctionDef{Decorators: c.exprs(m["Decorators"]), DefPos: c.pos(m["DefPos"]), NamePos: c.pos(m["NamePos"]),
			Name: s(m["Name"]), Params: c.params(m["Params"]), Body: c.stmts(m["Body"])}
	case "ClassDef":
		return &pyast.ClassDef{Decorators: c.exprs(m["Decorators"]), ClassPos: c.pos(m["ClassPos"]), NamePos: c.pos(m["NamePos"]),
			Name: s(m["Name"]), Bases: c.exprs(m["Bases"]), Keywords: c.args(m["Keywords"]), Body: c.stmts(m["Body"])}
	case "Import":
		return &pyast.Import{ImportPos: c.pos(m["ImportPos"]), Names: c.aliases(m["Names"])}
	case "ImportFrom":
		return &pyast.ImportFrom{FromPos: c.pos(m["FromPos"]), Module: s(m["Module"]), Level: int(m["Level"].(float64)), Names: c.aliases(m["Names"])}
	case "Global":
		return &pyast.Global{GlobalPos: c.pos(m["GlobalPos"]), Names: strs(m["Names"])}
	case "Nonlocal":
		return &pyast.Nonlocal{NonlocalPos: c.pos(m["NonlocalPos"]), Names: strs(m["Names"])}
	case "Del":
		return &pyast.Del{DelPos: c.pos(m["DelPos"]), Targets: c.exprs(m["Targets"])}
	case "Assert":
		return &pyast.Assert{AssertPos: c.pos(m["AssertPos"]), Test: c.expr(m["Test"]), Msg: c.expr(m["Msg"])}
	case "Raise":
		return &pyast.Raise{RaisePos: c.pos(m["RaisePos"]), Exc: c.expr(m["Exc"]), Cause: c.expr(m["Cause"])}
	case "Try":
		var hs []*pyast.ExceptHandler
		for _, x := range asList(m["Handlers"]) {
			h := x.(map[string]interface{})
			hs = append(hs, &pyast.ExceptHandler{ExceptPos: c.pos(h["ExceptPos"]), Type: c.expr(h["Type"]), Name: s(h["Name"]), Body: c.stmts(h["Body"])})
		}
		return &pyast.Try{TryPos: c.pos(m["TryPos"]), Body: c.stmts(m["Body"]), Handlers: hs, Else: c.stmts(m["Else"]), Finally: c.stmts(m["Finally"])}
	case "With":
		var items []*pyast.WithItem
		for _, x := range asList(m["Items"]) {
			i := x.(map[string]interface{})
			items = append(items, &pyast.WithItem{Context: c.expr(i["Context"]), Vars: c.expr(i["Vars"])})
		}
		return &pyast.With{WithPos: c.pos(m["WithPos"]), Items: items, Body: c.stmts(m["Body"])}
	}
	panic(fmt.Sprintf("conv: statement %v", m["_t"]))
}

func strs(v interface{}) []string {
	var out []string
	for _, x := range asList(v) {
		out = append(out, x.(string))
	}
	return out
}

func (c *conv) expr(v interface{}) pyast.Expr {
	m, ok := v.(map[string]interface{})
	if !ok {
		return nil
	}
	switch m["_t"] {
	case "Name":
		return &pyast.Name{NamePos: c.pos(m["NamePos"]), Id: s(m["Id"])}
	case "Int":
		var val interface{}
		b, _ := new(big.Int).SetString(s(m["Value"]), 10)
		if b.IsInt64() {
			val = b.Int64()
		} else {
			val = b
		}
		return &pyast.Int{ValuePos: c.pos(m["ValuePos"]), Raw: s(m["Raw"]), Value: val}
	case "Float":
		f, _ := m["Value"].(float64)
		return &pyast.Float{ValuePos: c.pos(m["ValuePos"]), Raw: s(m["Raw"]), Value: f}
	case "Str":
		return &pyast.Str{ValuePos: c.pos(m["ValuePos"]), Value: s(m["Value"])}
	case "Bytes":
		var b []byte
		for _, x := range asList(m["Value"]) {
			b = append(b, byte(x.(float64)))
		}
		return &pyast.Bytes{ValuePos: c.pos(m["ValuePos"]), Value: string(b)}
	case "FString":
		return c.fstring(m)
	case "FormatField":
		f := &pyast.FormatField{LbracePos: c.pos(m["LbracePos"]), Value: c.expr(m["Value"]), Conv: byte(m["Conv"].(float64))}
		if sp, ok := m["Spec"].(map[string]interface{}); ok {
			f.Spec = c.fstring(sp)
		}
		return f
	case "Attribute":
		return &pyast.Attribute{X: c.expr(m["X"]), Dot: c.pos(m["Dot"]), NamePos: c.pos(m["NamePos"]), Name: s(m["Name"])}
	case "Subscript":
		return &pyast.Subscript{X: c.expr(m["X"]), Lbrack: c.pos(m["Lbrack"]), Index: c.expr(m["Index"])}
	case "Slice":
		return &pyast.Slice{ColonPos: c.pos(m["ColonPos"]), Lo: c.expr(m["Lo"]), Hi: c.expr(m["Hi"]), Step: c.expr(m["Step"])}
	case "Call":
		return &pyast.Call{Fn: c.expr(m["Fn"]), Lparen: c.pos(m["Lparen"]), Args: c.args(m["Args"]), Rparen: c.pos(m["Rparen"])}
	case "BinOp":
		return &pyast.BinOp{X: c.expr(m["X"]), OpPos: c.pos(m["OpPos"]), Op: s(m["Op"]), Y: c.expr(m["Y"])}
	case "UnaryOp":
		return &pyast.UnaryOp{OpPos: c.pos(m["OpPos"]), Op: s(m["Op"]), X: c.expr(m["X"])}
	case "BoolOp":
		return &pyast.BoolOp{X: c.expr(m["X"]), OpPos: c.pos(m["OpPos"]), Op: s(m["Op"]), Y: c.expr(m["Y"])}
	case "Compare":
		var ps []pyast.Pos
		for _, x := range asList(m["OpPos"]) {
			ps = append(ps, c.pos(x))
		}
		return &pyast.Compare{Operands: c.exprs(m["Operands"]), OpPos: ps, Ops: strs(m["Ops"])}
	case "IfExp":
		return &pyast.IfExp{Then: c.expr(m["Then"]), Cond: c.expr(m["Cond"]), Else: c.expr(m["Else"])}
	case "Lambda":
		return &pyast.Lambda{LambdaPos: c.pos(m["LambdaPos"]), Params: c.params(m["Params"]), Body: c.expr(m["Body"])}
	case "List":
		return &pyast.List{Lbrack: c.pos(m["Lbrack"]), Elts: c.exprs(m["Elts"])}
	case "Tuple":
		return &pyast.Tuple{Lparen: c.pos(m["Lparen"]), Elts: c.exprs(m["Elts"])}
	case "Set":
		return &pyast.Set{Lbrace: c.pos(m["Lbrace"]), Elts: c.exprs(m["Elts"])}
	case "Dict":
		d := &pyast.Dict{Lbrace: c.pos(m["Lbrace"])}
		keys, vals := asList(m["Keys"]), asList(m["Values"])
		for i := range keys {
			d.Keys = append(d.Keys, c.expr(keys[i]))
			d.Values = append(d.Values, c.expr(vals[i]))
		}
		return d
	case "Starred":
		return &pyast.Starred{StarPos: c.pos(m["StarPos"]), X: c.expr(m["X"])}
	case "Comprehension":
		e := &pyast.Comprehension{Kind: s(m["Kind"]), OpenPos: c.pos(m["OpenPos"]), Elt: c.expr(m["Elt"]), Value: c.expr(m["Value"])}
		for _, x := range asList(m["Clauses"]) {
			cl := x.(map[string]interface{})
			e.Clauses = append(e.Clauses, &pyast.CompClause{ForPos: c.pos(cl["ForPos"]), Target: c.expr(cl["Target"]), Iter: c.expr(cl["Iter"]), Ifs: c.exprs(cl["Ifs"])})
		}
		return e
	}
	panic(fmt.Sprintf("conv: expression %v", m["_t"]))
}

func (c *conv) fstring(m map[string]interface{}) *pyast.FString {
	f := &pyast.FString{ValuePos: c.pos(m["ValuePos"])}
	for _, x := range asList(m["Parts"]) {
		f.Parts = append(f.Parts, c.expr(x))
	}
	return f
}

var _ = strconv.Itoa
