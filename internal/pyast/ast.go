// Package pyast defines the syntax tree of the Python subset that pyconc
// accepts. The parser (package parser) produces it; the lowering pass
// (package lower) turns it into a go.starlark.net syntax tree.
//
// Positions are go.starlark.net syntax.Position values (file, line, column,
// all 1-based), so that every later error can point into the user's source.
package pyast

import (
	"go.starlark.net/syntax"
)

// Pos is a position in the user's source.
type Pos = syntax.Position

// A Node is any node of the tree. Start is the position of its first token.
type Node interface {
	Start() Pos
}

// An Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// A Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is a whole source file.
type Module struct {
	Path string // the file name as shown in errors
	Body []Stmt
}

// ---- expressions ----

// Name is an identifier reference (including True, False and None).
type Name struct {
	NamePos Pos
	Id      string
}

// Int is an integer literal; Value is int64 or *big.Int.
type Int struct {
	ValuePos Pos
	Raw      string
	Value    interface{}
}

// Float is a floating-point literal.
type Float struct {
	ValuePos Pos
	Raw      string
	Value    float64
}

// Str is a string literal (adjacent literals already concatenated).
type Str struct {
	ValuePos Pos
	Value    string
}

// Bytes is a bytes literal b"...".
type Bytes struct {
	ValuePos Pos
	Value    string
}

// FString is an f-string, possibly concatenated with plain literals.
// Parts are *Str (literal text, braces already unescaped) and *FormatField.
type FString struct {
	ValuePos Pos
	Parts    []Expr
}

// FormatField is one {expr!conv:spec} replacement field of an f-string.
type FormatField struct {
	LbracePos Pos
	Value     Expr
	Conv      byte     // 0, 'r', 's' or 'a'
	Spec      *FString // nil when there is no ':spec'; may itself hold fields
	Debug     string   // for f"{x=}": the text "x=" to print before the value; "" otherwise
}

// Attribute is X.Name.
type Attribute struct {
	X       Expr
	Dot     Pos
	NamePos Pos
	Name    string
}

// Subscript is X[Index]; Index may be a *Slice or a *Tuple (a[1, 2]).
type Subscript struct {
	X      Expr
	Lbrack Pos
	Index  Expr
}

// Slice is lo:hi:step inside a subscript; absent parts are nil.
type Slice struct {
	ColonPos     Pos
	Lo, Hi, Step Expr
}

// Arg is one argument of a call: positional (Name == "", Star == 0),
// keyword (Name != ""), *iterable (Star == 1) or **mapping (Star == 2).
type Arg struct {
	ArgPos Pos
	Name   string
	Star   int
	Value  Expr
}

// Call is Fn(Args...).
type Call struct {
	Fn     Expr
	Lparen Pos
	Args   []*Arg
	Rparen Pos
}

// BinOp is X Op Y with Op one of + - * / // % ** @ | ^ & << >>.
type BinOp struct {
	X     Expr
	OpPos Pos
	Op    string
	Y     Expr
}

// UnaryOp is Op X with Op one of - + ~ not.
type UnaryOp struct {
	OpPos Pos
	Op    string
	X     Expr
}

// BoolOp is X and Y / X or Y.
type BoolOp struct {
	X     Expr
	OpPos Pos
	Op    string // "and" or "or"
	Y     Expr
}

// Compare is a (possibly chained) comparison: Operands[0] Ops[0] Operands[1] ...
// Ops are < > == != <= >= in "not in" is "is not".
type Compare struct {
	Operands []Expr
	OpPos    []Pos
	Ops      []string
}

// IfExp is Then if Cond else Else.
type IfExp struct {
	Then, Cond, Else Expr
}

// Lambda is lambda params: Body.
type Lambda struct {
	LambdaPos Pos
	Params    []*Param
	Body      Expr
}

// List is [Elts...]; an element may be *Starred.
type List struct {
	Lbrack Pos
	Elts   []Expr
}

// Tuple is (Elts...) or a bare a, b; an element may be *Starred.
type Tuple struct {
	Lparen Pos // position of '(' or of the first element
	Elts   []Expr
	Paren  bool
}

// Set is {Elts...}; an element may be *Starred.
type Set struct {
	Lbrace Pos
	Elts   []Expr
}

// Dict is {k: v, **m}; a nil key means Values[i] is a **mapping.
type Dict struct {
	Lbrace Pos
	Keys   []Expr
	Values []Expr
}

// Starred is *X in a display, a call or an assignment target.
type Starred struct {
	StarPos Pos
	X       Expr
}

// Comprehension is a list, set or dict comprehension, or a generator expression.
type Comprehension struct {
	Kind    string // "list", "set", "dict" or "gen"
	OpenPos Pos
	Elt     Expr // for "dict": the key
	Value   Expr // for "dict": the value; nil otherwise
	Clauses []*CompClause
}

// CompClause is "for Target in Iter" followed by its "if" conditions.
type CompClause struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ---- statements ----

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	X Expr
}

// Assign is T1 = T2 = ... = Value (len(Targets) >= 1).
type Assign struct {
	Targets []Expr
	EqPos   Pos
	Value   Expr
}

// AugAssign is Target Op= Value; Op is the binary operator without "=".
type AugAssign struct {
	Target Expr
	OpPos  Pos
	Op     string
	Value  Expr
}

// AnnAssign is Target: Annotation [= Value]; Value may be nil.
type AnnAssign struct {
	Target     Expr
	Annotation Expr
	Value      Expr
}

// Pass, Break and Continue are the simple statements of those names.
type Pass struct{ PassPos Pos }

// Break is the break statement.
type Break struct{ BreakPos Pos }

// Continue is the continue statement.
type Continue struct{ ContinuePos Pos }

// Return is return [Value].
type Return struct {
	ReturnPos Pos
	Value     Expr // may be nil
}

// If is if/elif/else; an elif is an *If alone in Else.
type If struct {
	IfPos Pos
	Cond  Expr
	Body  []Stmt
	Else  []Stmt
}

// While is while Cond: Body else: Else.
type While struct {
	WhilePos Pos
	Cond     Expr
	Body     []Stmt
	Else     []Stmt
}

// For is for Target in Iter: Body else: Else.
type For struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// ParamKind says what sort of parameter a Param is.
type ParamKind int

// The kinds of parameters.
const (
	ParamNormal  ParamKind = iota // x or x=default
	ParamVarArgs                  // *args
	ParamKwOnly                   // a parameter after * or *args
	ParamKwArgs                   // **kwargs
	ParamStar                     // a bare * separator (Name is "")
)

// Param is one parameter of a def or lambda. Annotations are parsed and dropped.
type Param struct {
	NamePos Pos
	Name    string
	Kind    ParamKind
	Default Expr // nil when absent
}

// FunctionDef is [decorators] def Name(Params): Body.
type FunctionDef struct {
	Decorators []Expr
	DefPos     Pos
	NamePos    Pos
	Name       string
	Params     []*Param
	Body       []Stmt
}

// ClassDef is [decorators] class Name(Bases, Keywords): Body.
type ClassDef struct {
	Decorators []Expr
	ClassPos   Pos
	NamePos    Pos
	Name       string
	Bases      []Expr
	Keywords   []*Arg // e.g. metaclass=...; the lowering reports them as unsupported
	Body       []Stmt
}

// Alias is one "name [as asname]" of an import.
type Alias struct {
	NamePos Pos
	Name    string // dotted for import a.b.c
	AsName  string // "" when absent
}

// Import is import a, b.c as d.
type Import struct {
	ImportPos Pos
	Names     []*Alias
}

// ImportFrom is from Module import names; Names == nil means "import *".
type ImportFrom struct {
	FromPos Pos
	Module  string // dotted; "" for "from . import x"
	Level   int    // number of leading dots
	Names   []*Alias
}

// Global is global a, b.
type Global struct {
	GlobalPos Pos
	Names     []string
}

// Nonlocal is nonlocal a, b.
type Nonlocal struct {
	NonlocalPos Pos
	Names       []string
}

// Del is del t1, t2.
type Del struct {
	DelPos  Pos
	Targets []Expr
}

// Assert is assert Test [, Msg].
type Assert struct {
	AssertPos Pos
	Test      Expr
	Msg       Expr
}

// Raise is raise [Exc [from Cause]].
type Raise struct {
	RaisePos Pos
	Exc      Expr
	Cause    Expr
}

// ExceptHandler is except [Type [as Name]]: Body.
type ExceptHandler struct {
	ExceptPos Pos
	Type      Expr   // nil for a bare except
	Name      string // "" when absent
	Body      []Stmt
}

// Try is try/except/else/finally.
type Try struct {
	TryPos   Pos
	Body     []Stmt
	Handlers []*ExceptHandler
	Else     []Stmt
	Finally  []Stmt
}

// WithItem is one "Context [as Vars]" of a with statement.
type WithItem struct {
	Context Expr
	Vars    Expr // nil when absent
}

// With is with items: Body.
type With struct {
	WithPos Pos
	Items   []*WithItem
	Body    []Stmt
}

// Start returns the position of the node's first token.
func (x *Name) Start() Pos          { return x.NamePos }
func (x *Int) Start() Pos           { return x.ValuePos }
func (x *Float) Start() Pos         { return x.ValuePos }
func (x *Str) Start() Pos           { return x.ValuePos }
func (x *Bytes) Start() Pos         { return x.ValuePos }
func (x *FString) Start() Pos       { return x.ValuePos }
func (x *FormatField) Start() Pos   { return x.LbracePos }
func (x *Attribute) Start() Pos     { return x.X.Start() }
func (x *Subscript) Start() Pos     { return x.X.Start() }
func (x *Slice) Start() Pos         { return x.ColonPos }
func (x *Call) Start() Pos          { return x.Fn.Start() }
func (x *BinOp) Start() Pos         { return x.X.Start() }
func (x *UnaryOp) Start() Pos       { return x.OpPos }
func (x *BoolOp) Start() Pos        { return x.X.Start() }
func (x *Compare) Start() Pos       { return x.Operands[0].Start() }
func (x *IfExp) Start() Pos         { return x.Then.Start() }
func (x *Lambda) Start() Pos        { return x.LambdaPos }
func (x *List) Start() Pos          { return x.Lbrack }
func (x *Tuple) Start() Pos         { return x.Lparen }
func (x *Set) Start() Pos           { return x.Lbrace }
func (x *Dict) Start() Pos          { return x.Lbrace }
func (x *Starred) Start() Pos       { return x.StarPos }
func (x *Comprehension) Start() Pos { return x.OpenPos }

// Start returns the position of the node's first token.
func (x *ExprStmt) Start() Pos    { return x.X.Start() }
func (x *Assign) Start() Pos      { return x.Targets[0].Start() }
func (x *AugAssign) Start() Pos   { return x.Target.Start() }
func (x *AnnAssign) Start() Pos   { return x.Target.Start() }
func (x *Pass) Start() Pos        { return x.PassPos }
func (x *Break) Start() Pos       { return x.BreakPos }
func (x *Continue) Start() Pos    { return x.ContinuePos }
func (x *Return) Start() Pos      { return x.ReturnPos }
func (x *If) Start() Pos          { return x.IfPos }
func (x *While) Start() Pos       { return x.WhilePos }
func (x *For) Start() Pos         { return x.ForPos }
func (x *FunctionDef) Start() Pos { return x.DefPos }
func (x *ClassDef) Start() Pos    { return x.ClassPos }
func (x *Import) Start() Pos      { return x.ImportPos }
func (x *ImportFrom) Start() Pos  { return x.FromPos }
func (x *Global) Start() Pos      { return x.GlobalPos }
func (x *Nonlocal) Start() Pos    { return x.NonlocalPos }
func (x *Del) Start() Pos         { return x.DelPos }
func (x *Assert) Start() Pos      { return x.AssertPos }
func (x *Raise) Start() Pos       { return x.RaisePos }
func (x *Try) Start() Pos         { return x.TryPos }
func (x *With) Start() Pos        { return x.WithPos }

func (*Name) exprNode()          {}
func (*Int) exprNode()           {}
func (*Float) exprNode()         {}
func (*Str) exprNode()           {}
func (*Bytes) exprNode()         {}
func (*FString) exprNode()       {}
func (*FormatField) exprNode()   {}
func (*Attribute) exprNode()     {}
func (*Subscript) exprNode()     {}
func (*Slice) exprNode()         {}
func (*Call) exprNode()          {}
func (*BinOp) exprNode()         {}
func (*UnaryOp) exprNode()       {}
func (*BoolOp) exprNode()        {}
func (*Compare) exprNode()       {}
func (*IfExp) exprNode()         {}
func (*Lambda) exprNode()        {}
func (*List) exprNode()          {}
func (*Tuple) exprNode()         {}
func (*Set) exprNode()           {}
func (*Dict) exprNode()          {}
func (*Starred) exprNode()       {}
func (*Comprehension) exprNode() {}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Del) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*With) stmtNode()        {}
