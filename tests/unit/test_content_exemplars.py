"""content/exemplars.yaml, the language model's everyday sentences: validated like every other
content file, so a reviewer's edit that would blind the screen to a sign fails at start-up."""

from __future__ import annotations

from bot.content import DEFAULT_CONTENT_DIR, load_content
from bot.content.guide import load_guide
from tests.unit.test_content_loader import content_dir, edit, problems_of

__all__ = ["content_dir"]  # the fixture, shared with the loader's tests

CONTENT = load_content()


def test_every_emergency_sign_has_everyday_exemplars_tracing_to_the_guide():
    groups = CONTENT.exemplars.red_flags
    for sign in CONTENT.emergency_signs:
        mine = [g for g in groups if g.sign == sign.id]
        assert mine, sign.id
        assert sum(len(g.exemplars) for g in mine) >= 30, sign.id
        assert all(g.source for g in mine)


def test_the_emergency_reply_quotes_the_guide_for_a_clot_and_compartment_syndrome():
    guide = load_guide(DEFAULT_CONTENT_DIR)
    for sign_id in ("blood-clot", "compartment-syndrome"):
        sign = next(s for s in CONTENT.emergency_signs if s.id == sign_id)
        words = sign.reason.split(" and requires")[0].rstrip(".")
        assert guide.contains(words), sign_id


def test_a_group_for_an_unknown_sign_is_refused(content_dir):
    edit(content_dir, "exemplars.yaml", lambda d: d["red_flags"][0].update(sign="no-such-sign"))
    assert "red_flags[0] (id 'stroke-face'): field 'sign': unknown sign" in problems_of(content_dir)


def test_a_red_flag_group_without_its_guide_quote_is_refused(content_dir):
    edit(content_dir, "exemplars.yaml", lambda d: d["red_flags"][1].pop("source"))
    assert "a red flag needs its quote" in problems_of(content_dir)


def test_a_quote_that_is_not_the_guides_is_refused(content_dir):
    edit(content_dir, "exemplars.yaml", lambda d: d["red_flags"][2].update(source="x" * 30))
    assert "quote not found in the guide" in problems_of(content_dir)


def test_a_sign_left_without_exemplars_is_refused(content_dir):
    def drop_clot(data):
        data["red_flags"] = [g for g in data["red_flags"] if g["sign"] != "blood-clot"]

    edit(content_dir, "exemplars.yaml", drop_clot)
    assert "(id 'blood-clot'): no exemplars in exemplars.yaml" in problems_of(content_dir)


def test_an_exemplar_written_twice_is_refused(content_dir):
    def repeat(data):
        data["calm"][0]["exemplars"].append(data["red_flags"][0]["exemplars"][0].upper())

    edit(content_dir, "exemplars.yaml", repeat)
    assert "repeats red_flags[0] (id 'stroke-face') exemplars[0]" in problems_of(content_dir)


def test_a_calm_group_naming_a_sign_is_refused(content_dir):
    edit(content_dir, "exemplars.yaml", lambda d: d["calm"][0].update(sign="stroke"))
    assert "calm groups name no sign" in problems_of(content_dir)


def test_the_group_of_body_parts_working_normally_is_required(content_dir):
    def drop_normal(data):
        data["calm"] = [g for g in data["calm"] if g["id"] != "working-normally"]

    edit(content_dir, "exemplars.yaml", drop_normal)
    assert "the group 'working-normally' is required" in problems_of(content_dir)
