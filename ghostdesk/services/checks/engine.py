"""Services: the faux-pas rule engine — a registry of rules, the context they read, and the run over a text.

A rule is any object with `id`, `family` and `check(text, context) -> list[Finding]`. Register one with
`register(rule)`; other features (market variants, disclosure) add their own rules the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from ghostdesk.domain.checks import SEVERITY_ORDER, Finding


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may read besides the text. Lists come from the workspace (see `context_for`)."""

    language: str = "en"
    networks: tuple[str, ...] = ("linkedin",)
    links: tuple[str, ...] = ()  # the post's link field, checked alongside links in the text
    hashtags: tuple[str, ...] = ()  # the post's hashtag field
    mentions: tuple[str, ...] = ()
    sensitive_terms: tuple[str, ...] = ()  # the workspace's own code names
    approved_facts: tuple[str, ...] = ()  # sentences holding figures cleared for publication
    extra_offensive: tuple[str, ...] = ()  # user additions to the shipped lists
    banned_phrases: tuple[str, ...] = ()  # from the executive's voice profile and the workspace
    market: str | None = None  # for market rules added later
    extras: dict = field(default_factory=dict)


class Rule(Protocol):
    id: str
    family: str

    def check(self, text: str, context: CheckContext) -> list[Finding]: ...


REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.id in REGISTRY:
        raise ValueError(f"Rule {rule.id} is already registered")
    REGISTRY[rule.id] = rule
    return rule


@dataclass(frozen=True)
class FunctionRule:
    """A rule made from a plain function."""

    id: str
    family: str
    fn: Callable[[str, CheckContext], list[Finding]]

    def check(self, text: str, context: CheckContext) -> list[Finding]:
        return self.fn(text, context)


def rule(rule_id: str, family: str) -> Callable[[Callable[[str, CheckContext], list[Finding]]], FunctionRule]:
    def decorate(fn: Callable[[str, CheckContext], list[Finding]]) -> FunctionRule:
        made = FunctionRule(rule_id, family, fn)
        register(made)
        return made

    return decorate


def run(text: str, context: CheckContext, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """Every rule's findings, most severe first, then in text order."""
    found: list[Finding] = []
    for r in REGISTRY.values() if rules is None else rules:
        found.extend(r.check(text, context))
    return sorted(found, key=lambda f: (SEVERITY_ORDER[f.severity], f.start, f.rule_id))
