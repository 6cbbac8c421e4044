"""Template specs: ``templates/<name>.yaml`` declares what ``templates/<name>.txt`` needs.

::

    description: Order is late; give the new estimated delivery date.
    variables:
      order_id: {type: text, required: true, example: "A-10293", description: "…"}

A locale may override the whole template (``templates/ja/order_delayed.txt``)
or one of its partials (``templates/ja/_greeting.txt``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from ..errors import DataError, VariableError
from ..yamlio import Node, check_keys, load_yaml
from .names import ROLES, structured_variables
from .values import TYPES, coerce

TEMPLATE_SUFFIXES = (".txt", ".html")
_SPEC_KEYS = ("description", "variables", "tags", "policy_topics")
_VAR_KEYS = ("type", "required", "example", "description", "choices", "true_required_in")


@dataclass(frozen=True)
class Variable:
    name: str
    type: str
    required: bool
    example: Any
    description: str
    choices: tuple[str, ...] = ()
    # Regions where a boolean must be given and true (a consent the region's law requires).
    true_required_in: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {"name": self.name, "type": self.type, "required": self.required,
               "example": self.example, "description": self.description}
        if self.choices:
            out["choices"] = list(self.choices)
        if self.true_required_in:
            out["true_required_in"] = list(self.true_required_in)
        return out


@dataclass(frozen=True)
class TemplateSpec:
    """A reply template: its name, source file, description and declared variables."""

    name: str
    path: Path
    spec_path: Path
    description: str
    variables: Mapping[str, Variable]
    tags: tuple[str, ...] = ()
    policy_topics: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return self.path.name

    def examples(self) -> dict[str, Any]:
        """Example values of every declared variable (not the structured name parts, which are
        alternatives to ``customer_name`` / ``agent_name``: see :meth:`name_examples`)."""
        return {name: var.example for name, var in self.variables.items() if name not in _STRUCTURED}

    def name_examples(self) -> dict[str, Any]:
        """Example values of the structured name parts this template takes."""
        return {name: var.example for name, var in self.variables.items() if name in _STRUCTURED}

    def bind(self, context: Mapping[str, Any] | None) -> dict[str, Any]:
        """Check and coerce the caller's values: unknown, missing or mistyped -> VariableError."""
        context = dict(context or {})
        unknown = sorted(set(context) - set(self.variables))
        if unknown:
            raise VariableError(
                f"template '{self.name}' has no variable {', '.join(repr(u) for u in unknown)} "
                f"(declared: {', '.join(self.variables)})")
        missing = [v for v in self.variables.values()
                   if v.required and context.get(v.name) in (None, "") and not _named(v.name, context)]
        if missing:
            shown = "; ".join(f"{v.name} ({v.type}, e.g. {v.example!r}): {v.description}" for v in missing)
            raise VariableError(f"template '{self.name}' is missing required variable(s): {shown}")
        bound: dict[str, Any] = {}
        for name, var in self.variables.items():
            value = context.get(name)
            bound[name] = None if value in (None, "") else coerce(
                self.name, name, {"type": var.type, "choices": var.choices}, value)
        return bound

    def check_region(self, bound: Mapping[str, Any], region: str | None) -> None:
        """VariableError when a variable the customer's region requires to be true is not."""
        country = (region or "").split("-")[0]
        for var in self.variables.values():
            if country and country in var.true_required_in and bound.get(var.name) is not True:
                raise VariableError(f"template '{self.name}' needs {var.name}=true for a customer in "
                                    f"{country}: {var.description}")


_STRUCTURED = frozenset(name for role in ROLES for name in structured_variables(role))


def _named(variable: str, context: Mapping[str, Any]) -> bool:
    """``customer_name`` (or ``agent_name``) is given by its structured parts too."""
    role = variable[:-len("_name")] if variable.endswith("_name") else None
    return role in ROLES and any(context.get(f"{role}_{part}") not in (None, "")
                                 for part in ("given_name", "family_name"))


def _add_structured_names(variables: dict[str, Variable]) -> None:
    """A template that takes ``customer_name`` / ``agent_name`` takes its structured parts too."""
    for role in ROLES:
        if f"{role}_name" not in variables:
            continue
        for var_name, decl in structured_variables(role).items():
            variables.setdefault(var_name, Variable(
                name=var_name, type=decl["type"], required=False, example=decl["example"],
                description=decl["description"], choices=tuple(decl.get("choices", ()))))


def load_spec(name: str, path: Path, spec_path: Path) -> TemplateSpec:
    """Read and validate a template's YAML spec (errors carry file:line:col)."""
    data = load_yaml(spec_path)
    if not isinstance(data, Node):
        raise DataError("a template spec must be a mapping with 'description' and 'variables'", spec_path, 1)
    check_keys(data, _SPEC_KEYS, spec_path, "template spec", required=("description", "variables"))
    raw_vars = data["variables"]
    if not isinstance(raw_vars, Node):
        line, col = data.where("variables")
        raise DataError("'variables' must be a mapping of name -> declaration", spec_path, line, col)
    variables: dict[str, Variable] = {}
    for var_name, decl in raw_vars.items():
        line, col = raw_vars.where(var_name)
        if not isinstance(decl, Node):
            raise DataError(f"variable '{var_name}' must be a mapping", spec_path, line, col)
        check_keys(decl, _VAR_KEYS, spec_path, f"variable '{var_name}'", required=("type", "example"))
        kind = decl["type"]
        if kind not in TYPES:
            line, col = decl.where("type")
            raise DataError(f"variable '{var_name}': unknown type '{kind}' (types: {', '.join(TYPES)})",
                            spec_path, line, col)
        choices = tuple(str(c) for c in decl.get("choices") or ())
        if kind == "choice" and not choices:
            raise DataError(f"variable '{var_name}': a choice needs 'choices'", spec_path, line, col)
        variables[str(var_name)] = Variable(
            name=str(var_name), type=kind, required=bool(decl.get("required", False)),
            example=decl["example"], description=str(decl.get("description", "")), choices=choices,
            true_required_in=tuple(str(r) for r in decl.get("true_required_in") or ()))
    _add_structured_names(variables)
    spec = TemplateSpec(
        name=name, path=path, spec_path=spec_path, description=str(data["description"]),
        variables=MappingProxyType(variables), tags=tuple(data.get("tags") or ()),
        policy_topics=tuple(data.get("policy_topics") or ()))
    try:
        spec.bind(spec.examples())
    except VariableError as exc:
        raise DataError(f"example values do not fit their declared types: {exc}", spec_path, data.line) from None
    return spec
