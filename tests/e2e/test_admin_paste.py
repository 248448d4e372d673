"""A fact-checker logs into the admin, pastes the sample article and sees its claims."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_paste_an_article_and_see_its_claims(live_server, page, checker, sample_text, tmp_path):
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "checker")
    page.fill("#id_password", "pw-checker")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/claims/article/add/")
    page.fill("#id_text", sample_text)
    page.select_option("#id_language", "id")
    page.click("input[type=submit]")
    page.wait_for_selector("text=Stored version 1")
    rows = page.locator("#claims-group tbody tr.form-row")
    assert rows.count() >= 10
    assert "kerja sama" in page.inner_text("#claims-group")
    page.screenshot(path=str(tmp_path / "admin-claims.png"), full_page=True)
