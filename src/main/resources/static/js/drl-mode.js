/*
 * Highlighting of Drools rule files (DRL) for the rule editor, defined with CodeMirror's own
 * simple-mode addon: keywords (rule, when, then, end, import, global, package, not, exists, and, or,
 * from, accumulate, ...), annotations (@criterion, @citation, ...), bound variables ($p), strings,
 * numbers and comments. Each pattern is tried at the current position, in order; a plain word is
 * consumed whole by the last-but-one pattern, so a keyword is never found inside a longer word.
 */
(function (CodeMirror) {
  "use strict";
  if (!CodeMirror || !CodeMirror.defineSimpleMode) {
    return;
  }
  CodeMirror.defineSimpleMode("drl", {
    start: [
      {regex: /\/\/.*/, token: "comment"},
      {regex: /\/\*/, token: "comment", next: "comment"},
      {regex: /"(?:[^\\"]|\\.)*"?/, token: "string"},
      {regex: /'(?:[^\\']|\\.)*'?/, token: "string"},
      {regex: /@[A-Za-z_][\w.]*/, token: "meta"},
      {regex: /\$[A-Za-z_]\w*/, token: "variable-2"},
      {regex: /(?:no-loop|lock-on-active|agenda-group|activation-group|ruleflow-group|date-effective|date-expires|auto-focus|entry-point)\b/,
        token: "keyword"},
      {regex: /(?:package|import|global|function|query|declare|rule|when|then|end|salience|dialect|enabled|duration|timer|calendars|extends|attributes|not|exists|and|or|from|accumulate|acc|collect|forall|eval|over|window|in|contains|matches|memberOf|soundslike|str|modify|insert|insertLogical|update|retract|delete|new|return|if|else|for|this)\b/,
        token: "keyword"},
      {regex: /(?:true|false|null)\b/, token: "atom"},
      {regex: /(?:sum|count|min|max|average|collectList|collectSet)(?=\s*\()/, token: "builtin"},
      {regex: /[A-Z]\w*/, token: "type"},
      {regex: /0x[a-f\d]+|(?:\.\d+|\d+\.?\d*)(?:e[-+]?\d+)?[lfdb]?/i, token: "number"},
      {regex: /[-+\/*=<>!&|%:]+/, token: "operator"},
      {regex: /[A-Za-z_]\w*/, token: null},
      {regex: /[{\[(]/, indent: true},
      {regex: /[}\])]/, dedent: true}
    ],
    comment: [
      {regex: /.*?\*\//, token: "comment", next: "start"},
      {regex: /.*/, token: "comment"}
    ],
    meta: {
      lineComment: "//",
      blockCommentStart: "/*",
      blockCommentEnd: "*/",
      dontIndentStates: ["comment"]
    }
  });
  CodeMirror.defineMIME("text/x-drools", "drl");
})(window.CodeMirror);
