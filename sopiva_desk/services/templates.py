"""The template library: every assessment template shipped in resources/templates, plus a
county's own from ``<data dir>/templates``, each checked when loaded.

A broken file never stops the app: it is left out and reported (file and path of the bad
field) in ``problems``, which the GUI shows to the user and the log records.
"""

from __future__ import annotations

import json
import logging
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sopiva_desk.domain.templates import Template, TemplateError, build_template
from sopiva_desk.resources import resource_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TemplateProblem:
    file: str
    path: str
    problem: str


@cache
def _schema() -> dict[str, Any]:
    return json.loads(resource_path("templates", "schema.json").read_text(encoding="utf-8"))


# Checked templates by (path, size, modification time): checking one against the JSON schema
# takes ~40 ms, and every unlock builds a library. A changed file is checked again; a template
# is immutable (frozen dataclasses), so sharing it between libraries is safe.
_checked: dict[tuple[str, int, int], Template] = {}


def load_template_file(path: Path) -> Template:
    """Parse and check one template file; ``TemplateError`` names the file and the bad field."""
    try:
        stat = path.stat()
    except OSError as err:
        raise TemplateError(path.name, "(file)", str(err)) from None
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    found = _checked.get(key)
    if found is None:
        found = _checked[key] = _load_template_file(path)
    return found


def _load_template_file(path: Path) -> Template:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise TemplateError(path.name, f"line {err.lineno}" if hasattr(err, "lineno") else "(syntax)",
                            str(err)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise TemplateError(path.name, "(file)", str(err)) from None
    return build_template(data, _schema(), path.name)


class TemplateLibrary:
    """Templates by (id, version). Later files with an already-loaded (id, version) are refused."""

    def __init__(self, folders: list[Path] | None = None) -> None:
        self.templates: dict[tuple[str, int], Template] = {}
        self.problems: list[TemplateProblem] = []
        self.folders: list[Path] = list(folders) if folders is not None else [resource_path("templates")]
        for folder in self.folders:
            self._load_folder(folder)

    @property
    def county_folder(self) -> Path | None:
        """Where a county puts its own templates (the last folder read), if not the shipped one."""
        return self.folders[-1] if len(self.folders) > 1 else None

    @classmethod
    def with_county_folder(cls, data_dir: Path) -> TemplateLibrary:
        return cls([resource_path("templates"), data_dir / "templates"])

    def _load_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.toml")):
            try:
                template = load_template_file(path)
            except TemplateError as err:
                self.problems.append(TemplateProblem(err.source, err.path, err.problem))
                log.warning("template %s left out: %s: %s", err.source, err.path, err.problem)
                continue
            if template.ref in self.templates:
                self.problems.append(TemplateProblem(
                    path.name, "version", f"{template.id} version {template.version} is already loaded; "
                                          "raise the version when a template changes"))
                continue
            self.templates[template.ref] = template

    def with_pulled(self, bodies: list[tuple[str, Any]]) -> TemplateLibrary:
        """This library and the templates pulled from the central records that it does not have
        (``bodies``: (a name for messages, the template as data)). Each is checked like a file;
        one that breaks the schema is left out and reported in ``problems``. Returns ``self``
        when nothing is new, so a shared library stays shared."""
        new = [(source, body) for source, body in bodies if not self._has(body)]
        if not new:
            return self
        combined = TemplateLibrary([])
        combined.folders = list(self.folders)
        combined.templates = dict(self.templates)
        combined.problems = list(self.problems)
        for source, body in new:
            try:
                template = build_template(body, _schema(), source)
            except TemplateError as err:
                combined.problems.append(TemplateProblem(err.source, err.path, err.problem))
                log.warning("pulled template %s left out: %s: %s", err.source, err.path, err.problem)
                continue
            combined.templates[template.ref] = template
        return combined

    def _has(self, body: Any) -> bool:
        """Whether a pulled body is a template this library already holds (anything else, even
        a body with an id that is not text, is checked and then taken or reported)."""
        if not isinstance(body, dict):
            return False
        template_id, version = body.get("id"), body.get("version")
        return isinstance(template_id, str) and isinstance(version, int) and (template_id, version) in self.templates

    def get(self, template_id: str, version: int) -> Template | None:
        return self.templates.get((template_id, version))

    def latest(self, template_id: str) -> Template | None:
        versions = [t for (tid, _), t in self.templates.items() if tid == template_id]
        return max(versions, key=lambda t: t.version, default=None)

    def current(self, kind: str = "needs_assessment") -> list[Template]:
        """The newest version of every template of ``kind``, for choosing a new assessment."""
        newest: dict[str, Template] = {}
        for template in self.templates.values():
            if template.kind == kind and (template.id not in newest or template.version > newest[template.id].version):
                newest[template.id] = template
        return sorted(newest.values(), key=lambda t: t.id)
