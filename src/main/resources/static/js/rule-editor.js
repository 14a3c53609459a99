/*
 * The rule editor's code editor (CodeMirror 5, served by the application under /webjars/).
 * Progressive enhancement: the page is a plain form with a text area, which works without
 * JavaScript; this script puts the editor over the text area, and CodeMirror copies the text back
 * into it before the form is sent. It marks each problem of the last validation that names the open
 * file at its line (a marker in the gutter with the message on hover, and the line tinted) and makes
 * each problem of the list jump to its line.
 */
(function () {
  "use strict";
  var area = document.getElementById("content");
  if (!area || typeof window.CodeMirror === "undefined") {
    return;
  }
  var CodeMirror = window.CodeMirror;
  var MODES = {drl: "drl", yaml: "yaml", properties: "properties"};
  var kind = area.getAttribute("data-mode");
  var file = area.getAttribute("data-file");
  var form = area.form;

  function text(name, fallback) {
    var value = area.getAttribute("data-phrase-" + name);
    return value === null ? fallback : value;
  }

  function click(id) {
    var button = document.getElementById(id);
    if (button) {
      button.click();
    }
  }

  var editor = CodeMirror.fromTextArea(area, {
    mode: MODES[kind] || null,
    lineNumbers: true,
    gutters: ["CodeMirror-linenumbers", "rule-problems"],
    indentUnit: kind === "drl" ? 4 : 2,
    tabSize: 4,
    indentWithTabs: false,
    matchBrackets: true,
    styleActiveLine: true,
    // CodeMirror's own input (a hidden text area labelled for screen readers).
    inputStyle: "textarea",
    spellcheck: false,
    screenReaderLabel: text("label", file),
    phrases: {
      "Search:": text("search", "Search:"),
      "Replace:": text("replace", "Replace:"),
      "With:": text("with", "With:"),
      "Jump to line:": text("jump", "Jump to line:"),
      "(Use /re/ syntax for regexp search)": text("regexp", "(Use /re/ syntax for regexp search)"),
      "(Use line:column or scroll% syntax)": text("jump-hint", "(Use line:column or scroll% syntax)")
    },
    extraKeys: {
      // YAML refuses tab characters: Tab indents with spaces (a selection is indented whole).
      "Tab": function (cm) {
        if (cm.somethingSelected()) {
          cm.indentSelection("add");
        } else {
          cm.execCommand("insertSoftTab");
        }
      },
      "Shift-Tab": "indentLess",
      // Tab belongs to the editor; Escape leaves it for the button that keeps the file.
      "Esc": function () {
        var save = document.getElementById("save-file");
        if (save) {
          save.focus();
        }
      },
      "Ctrl-S": function () { click("save-file"); },
      "Cmd-S": function () { click("save-file"); },
      "Ctrl-Enter": function () { click("save-and-check"); },
      "Cmd-Enter": function () { click("save-and-check"); }
    }
  });
  // The page's style for the editor (its font, height and problem gutter) applies once this class is
  // set: the editor measures its gutters and lines again under it.
  editor.getWrapperElement().classList.add("rule-code");
  editor.refresh();
  if (form) {
    form.classList.add("enhanced");
  }

  function jump(line) {
    var at = {line: Math.min(Math.max(line, 1), editor.lineCount()) - 1, ch: 0};
    editor.focus();
    editor.setCursor(at);
    editor.scrollIntoView(at, Math.round(editor.getScrollInfo().clientHeight / 3));
  }

  // Each line of the open file with its problems' messages, from the list the page shows.
  var byLine = {};
  var problems = document.querySelectorAll(".problems li[data-file]");
  Array.prototype.forEach.call(problems, function (item) {
    if (item.getAttribute("data-file") !== file) {
      return;
    }
    var line = parseInt(item.getAttribute("data-line"), 10);
    var link = item.querySelector("a");
    if (line > 0 && link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        jump(line);
      });
    }
    if (line > 0 && line <= editor.lineCount()) {
      (byLine[line] = byLine[line] || []).push(item.getAttribute("data-message"));
    }
  });
  Object.keys(byLine).forEach(function (key) {
    var line = parseInt(key, 10);
    var message = byLine[key].join("\n");
    var marker = document.createElement("span");
    marker.className = "rule-problem-marker";
    marker.setAttribute("data-line", key);
    marker.setAttribute("title", message);
    marker.setAttribute("role", "img");
    marker.setAttribute("aria-label", text("problem", "Problem") + ": " + message);
    marker.textContent = "\u25CF";
    editor.setGutterMarker(line - 1, "rule-problems", marker);
    editor.addLineClass(line - 1, "background", "rule-problem-line");
    editor.addLineClass(line - 1, "wrap", "rule-problem-wrap");
  });

  var first = parseInt(area.getAttribute("data-line"), 10);
  if (first > 0) {
    jump(first);
  }
})();
