"""``xborder templates list``: what templates exist, what they need, and which locales cover them."""
from __future__ import annotations

import click

from .main import emit_json, pass_state


@click.group()
def templates():
    """Reply templates."""


@templates.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_state
def list_templates(state, as_json):
    """Each template: description, variables and the status of every locale."""
    toolkit = state.toolkit
    rows = []
    for spec in toolkit.templates():
        rows.append({
            "name": spec.name,
            "description": spec.description,
            "variables": [v.to_dict() for v in spec.variables.values()],
            "locales": toolkit.template_status(spec.name),
        })
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        click.echo(f"{row['name']}: {row['description']}")
        for var in row["variables"]:
            need = "required" if var["required"] else "optional"
            click.echo(f"    {var['name']} ({var['type']}, {need}) e.g. {var['example']!r}: {var['description']}")
        done = [loc for loc, st in row["locales"].items() if st == "complete"]
        other = [f"{loc} {st}" for loc, st in row["locales"].items() if st != "complete"]
        click.echo(f"    complete: {', '.join(done)}" + (f"; {', '.join(other)}" if other else ""))
