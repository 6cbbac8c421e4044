"""Bounds on what a template may cost: output size, loop iterations, nesting and number size.

Templates in a user's ``--data-dir`` run in Jinja's sandbox, which stops them
reaching Python's internals but not from asking for ``"a" * 10**10``, nested
``range(100000)`` loops, a macro that calls itself, or a template that includes
itself. :class:`BoundedSandbox` refuses those with :class:`TemplateLimitError`
(a ``SecurityError``, which rendering reports as one line naming the template):

* every string, list or number an operator, method or filter makes is checked
  before it is made, where its size can be known first (``*``, ``**``, padding,
  ``%``/``format`` widths, ``replace``, ``batch``), else right after (``+``, ``~``);
* one render (includes, imports and macros counted in) may run
  :data:`MAX_ITERATIONS` loop steps and output at most :data:`MAX_OUTPUT` characters,
  and stops after :data:`MAX_SECONDS`;
* a macro or include chain deeper than Python's recursion limit is reported as
  too deep, not as a crash;
* list and dict methods that modify them (``append``, ``extend``) are refused
  (the immutable sandbox): a list doubled in place in a loop outgrows memory in 40 steps.
"""
from __future__ import annotations

import contextvars
import re
import time
from typing import Any, Iterable, Iterator

from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_OUTPUT = 1_000_000          # characters in one rendered reply, or in any one value
MAX_ITERATIONS = 100_000        # loop steps in one render
MAX_INT_BITS = 1_024            # the largest number a template may compute (about 10**308)
MAX_SECONDS = 5.0               # wall time of one render, whatever it spends it on
MAX_WIDTH = 10_000              # a padding or format width
_CHECK_CLOCK_EVERY = 1_000
_CODE_VERSION = "\n{# xborder.render.limits 1 #}"

_FORMAT_FIELD = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?|\{[^{}]*\}")
_NUMBER = re.compile(r"\d+")


class TemplateLimitError(SecurityError):
    """A template asked for more output, iterations, nesting or number than one reply needs."""


class _Budget:
    """What one render has spent."""

    __slots__ = ("steps", "deadline")

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self, count: int = 1) -> None:
        before = self.steps
        self.steps += count
        if self.steps > MAX_ITERATIONS:
            raise TemplateLimitError(f"more than {MAX_ITERATIONS:,} loop steps in one reply")
        if self.steps // _CHECK_CLOCK_EVERY != before // _CHECK_CLOCK_EVERY and time.monotonic() > self.deadline:
            raise TemplateLimitError(f"rendering took longer than {MAX_SECONDS:g} s")


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("xborder_template_budget", default=None)


def _budget() -> _Budget:
    budget = _BUDGET.get()
    if budget is None:  # a caller rendering without Template.render: one budget for this context
        budget = _Budget()
        _BUDGET.set(budget)
    return budget


def check_size(value: Any) -> Any:
    """``value``, unless it is a string, list, tuple, dict or number larger than one reply needs."""
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_OUTPUT:
        raise TemplateLimitError(f"a value of {len(value):,} items or characters (at most {MAX_OUTPUT:,})")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimitError(f"a number larger than 2**{MAX_INT_BITS}")
    return value


def check_format(fmt: Any, *, braces: bool = True) -> None:
    """Refuse a ``%`` (or, with ``braces``, ``{}``) format whose width or precision would make
    a huge string."""
    if not isinstance(fmt, str) or ("%" not in fmt and "{" not in fmt):
        return
    for m in _FORMAT_FIELD.finditer(fmt):
        field = m.group(0)
        if field[0] == "{" and not braces:
            continue
        if "*" in (m.group(1) or "", m.group(2) or "") or (field.startswith("{") and "{" in field[1:]):
            raise TemplateLimitError(f"a format with a computed width ({field!r})")
        spec = field.split(":", 1)[-1] if field[0] == "{" else re.sub(r"^%\([^)]*\)", "", field)
        if any(int(n) > MAX_WIDTH for n in _NUMBER.findall(spec)):
            raise TemplateLimitError(f"a format width over {MAX_WIDTH:,} ({field[:40]!r})")


def _check_width(width: Any) -> None:
    if isinstance(width, int) and not isinstance(width, bool) and width > MAX_WIDTH:
        raise TemplateLimitError(f"a width of {width:,} (at most {MAX_WIDTH:,})")


def _sized(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else 0


def _check_repeat(seq: Any, times: Any) -> None:
    if isinstance(times, int) and _sized(seq) * max(times, 0) > MAX_OUTPUT:
        raise TemplateLimitError(f"repeating {_sized(seq):,} items {times:,} times (at most {MAX_OUTPUT:,})")


def _check_multiply(left: Any, right: Any) -> None:
    _check_repeat(left, right)
    _check_repeat(right, left)
    if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > MAX_INT_BITS + 1:
        raise TemplateLimitError(f"a number larger than 2**{MAX_INT_BITS}")


def _check_power(base: Any, exp: Any) -> None:
    # (Floats overflow to an OverflowError of their own, reported as a template failure.)
    if isinstance(base, int) and isinstance(exp, int) and abs(base) > 1 and exp > 0:
        if (base.bit_length() - 1) * exp > MAX_INT_BITS:
            raise TemplateLimitError(f"a number larger than 2**{MAX_INT_BITS}")


def _check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    if not isinstance(text, str):
        return
    old, new = str(old), str(new)
    hits = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * (len(new) - len(old)) > MAX_OUTPUT:
        raise TemplateLimitError(f"a replacement making more than {MAX_OUTPUT:,} characters")


# str methods whose arguments set the size of what they make.
_STR_METHODS = {
    "ljust": lambda s, width=0, *a: _check_width(width),
    "rjust": lambda s, width=0, *a: _check_width(width),
    "center": lambda s, width=0, *a: _check_width(width),
    "zfill": lambda s, width=0, *a: _check_width(width),
    "expandtabs": lambda s, tabsize=8, *a: _check_width(tabsize * max(1, s.count("\t"))),
    "replace": lambda s, old="", new="", count=-1, *a: _check_replace(s, old, new, count),
    "format": lambda s, *a: check_format(s),
    "format_map": lambda s, *a: check_format(s),
}


def _bounded_filter(name: str, original):
    """A built-in filter with its size arguments checked first and its result checked after
    (argument positions as in Jinja's ``do_<name>``: ``replace`` takes the eval context first)."""
    def precheck(args: tuple, kwargs: dict) -> None:
        def arg(i: int, key: str, default: Any = None) -> Any:
            return kwargs.get(key, args[i] if len(args) > i else default)
        if name in ("center", "indent"):
            _check_width(arg(1, "width", 0))
        elif name in ("batch", "slice"):
            count = arg(1, "linecount" if name == "batch" else "slices", 0)
            if isinstance(count, int) and count > MAX_ITERATIONS:
                raise TemplateLimitError(f"{name} of {count:,} (at most {MAX_ITERATIONS:,})")
        elif name == "format":
            check_format(arg(0, "value"))
        elif name == "replace":
            _check_replace(arg(1, "s"), arg(2, "old", ""), arg(3, "new", ""), arg(4, "count", -1))

    def bounded(*args: Any, **kwargs: Any) -> Any:
        precheck(args, kwargs)
        return check_size(original(*args, **kwargs))

    for attr in ("jinja_pass_arg",):  # keep @pass_context / @pass_environment
        if hasattr(original, attr):
            setattr(bounded, attr, getattr(original, attr))
    bounded.__name__ = getattr(original, "__name__", name)
    bounded.__doc__ = original.__doc__
    return bounded


_BOUNDED_FILTERS = ("center", "indent", "batch", "slice", "format", "replace")


class _Limiter:
    """The parser hook: every loop's iterable is counted, every loop body ticks once a step
    (recursive loops too), and every ``~`` result is checked."""

    def visit(self, tree: nodes.Template) -> nodes.Template:
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.EnvironmentAttribute("xb_count"), [loop.iter], [], None, None,
                                   lineno=loop.lineno)
            loop.body.insert(0, nodes.ExprStmt(
                nodes.Call(nodes.EnvironmentAttribute("xb_step"), [], [], None, None, lineno=loop.lineno),
                lineno=loop.lineno))
        self._wrap_concat(tree)
        return tree

    def _wrap_concat(self, node: nodes.Node) -> None:
        for field, value in node.iter_fields():
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, nodes.Node):
                        self._wrap_concat(item)
                        if isinstance(item, nodes.Concat):
                            value[i] = self._checked(item)
            elif isinstance(value, nodes.Node):
                self._wrap_concat(value)
                if isinstance(value, nodes.Concat):
                    setattr(node, field, self._checked(value))

    @staticmethod
    def _checked(expr: nodes.Expr) -> nodes.Expr:
        return nodes.Call(nodes.EnvironmentAttribute("xb_sized"), [expr], [], None, None, lineno=expr.lineno)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the bounds above."""

    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.pop("lipsum", None)  # lipsum(10**9) is a loop the budget cannot see
        for name in _BOUNDED_FILTERS:
            if name in self.filters:
                self.filters[name] = _bounded_filter(name, self.filters[name])
        self.template_class = _BoundedTemplate
        self.concat = _bounded_concat  # compiled templates join every output buffer with this
        cache = self.bytecode_cache
        if cache is not None:
            # Code compiled before these bounds existed must not be loaded: salt the source checksum.
            checksum = cache.get_source_checksum
            cache.get_source_checksum = lambda source: checksum(source + _CODE_VERSION)  # type: ignore[method-assign]

    # Reached through nodes.EnvironmentAttribute: out of the template's own name space.
    def xb_count(self, iterable: Iterable) -> Iterator:
        budget = _budget()
        for item in iterable:
            budget.step()
            yield item

    def xb_step(self) -> None:
        _budget().step()

    @staticmethod
    def xb_sized(value: Any) -> Any:
        return check_size(value)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        return _Limiter().visit(super()._parse(source, name, filename))

    def call_binop(self, context, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "*":
            _check_multiply(left, right)
        elif operator_ == "**":
            _check_power(left, right)
        elif operator_ == "%":
            check_format(left, braces=False)
        return check_size(super().call_binop(context, operator_, left, right))

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's signature)
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str) and name in _STR_METHODS:
            _STR_METHODS[name](owner, *args, **kwargs)
        return check_size(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        # Jinja >= 3.1.5 sandboxes str.format where it is looked up, not in call().
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def checked(*args: Any, **kwargs: Any) -> Any:
            check_format(value.__self__)
            return check_size(wrapped(*args, **kwargs))
        return checked


def _bounded_concat(pieces: Iterable[str]) -> str:
    total, kept = 0, []
    for piece in pieces:
        total += len(piece)
        if total > MAX_OUTPUT:
            raise TemplateLimitError(f"output larger than {MAX_OUTPUT:,} characters")
        kept.append(piece)
    return "".join(kept)


class _BoundedTemplate(ImmutableSandboxedEnvironment.template_class):
    """Each ``render()`` gets its own budget (includes and macros run inside it)."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _BUDGET.set(_Budget())
        try:
            return super().render(*args, **kwargs)
        except RecursionError:
            raise TemplateLimitError("nested too deeply (a template that includes itself, or a macro "
                                     "that calls itself without end)") from None
        finally:
            _BUDGET.reset(token)


__all__ = ["BoundedSandbox", "TemplateLimitError", "check_format", "check_size", "MAX_OUTPUT",
           "MAX_ITERATIONS"]
