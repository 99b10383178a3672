import pytest
from django.urls import reverse

from articles.models import Comment, Rating, Status
from tests.articles.helpers import make_article, make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article("Release the psoas")


def rate(client, article, score):
    return client.post(reverse("articles:rate", args=[article.slug]), {"score": score}, follow=True)


def comment(client, article, body):
    return client.post(reverse("articles:comment", args=[article.slug]), {"body": body})


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


# --- Ratings -------------------------------------------------------------------------------


def test_member_rates_an_article_and_sees_their_rating(member_client, member, article):
    response = rate(member_client, article, 4)
    assert Rating.objects.get(article=article, user=member).score == 4
    assert "Thank you: you rated this article 4 out of 5." in messages_of(response)
    page = response.content.decode()
    assert "Your rating is 4 out of 5." in page
    assert 'id="score-4" value="4" checked' in page


def test_rating_twice_updates_instead_of_duplicating(member_client, member, article):
    rate(member_client, article, 2)
    rate(member_client, article, 5)
    assert list(Rating.objects.filter(article=article).values_list("score", flat=True)) == [5]


@pytest.mark.parametrize("score", ["0", "6", "-1", "3.5", "five", ""])
def test_rating_outside_one_to_five_is_refused_with_a_message(member_client, article, score):
    response = rate(member_client, article, score)
    assert Rating.objects.count() == 0
    assert "Choose from 1 to 5 stars, then save your rating." in messages_of(response)


def test_visitor_cannot_rate_and_is_sent_to_log_in(client, article):
    response = client.post(reverse("articles:rate", args=[article.slug]), {"score": 5})
    assert Rating.objects.count() == 0
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert f"next={article.get_absolute_url()}" in response.url.replace("%2F", "/")
    # The login page belongs to accounts; any page shows the waiting message.
    followed = client.get(article.get_absolute_url())
    assert "Log in to rate articles. Signing up is free." in messages_of(followed)


def test_visitor_sees_a_log_in_link_instead_of_the_rating_form(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert "to rate this article" in page
    assert 'name="score"' not in page


def test_a_draft_cannot_be_rated(member_client):
    draft = make_article(status=Status.DRAFT)
    assert rate(member_client, draft, 5).status_code == 404
    assert Rating.objects.count() == 0


def test_get_on_the_rating_url_goes_back_to_the_article(client, article):
    response = client.get(reverse("articles:rate", args=[article.slug]))
    assert response.status_code == 302
    assert response.url == article.get_absolute_url()


def test_ratings_are_rate_limited(member_client, article):
    for score in [1, 2, 3, 4, 5] * 6:
        rate(member_client, article, score)
    response = rate(member_client, article, 1)
    assert "You are doing that too often" in " ".join(messages_of(response))
    assert Rating.objects.get().score == 5


# --- Comments ------------------------------------------------------------------------------


def test_member_comment_is_saved_unapproved_and_shown_to_them_as_pending(
    member_client, member, article
):
    response = comment(member_client, article, "Lovely guide.\nThank you!")
    saved = Comment.objects.get()
    assert (saved.author, saved.is_approved, saved.body) == (
        member,
        False,
        "Lovely guide.\nThank you!",
    )
    assert response.url == f"{article.get_absolute_url()}#comment-{saved.pk}"
    page = member_client.get(article.get_absolute_url())
    assert any("awaiting moderation" in message for message in messages_of(page))
    html = page.content.decode()
    assert "Lovely guide.<br>Thank you!" in html
    assert "Pending: awaiting moderation" in html


def test_unapproved_comments_are_hidden_from_everyone_else(client, member, other_member, article):
    make_comment(article, member, "Approved words")
    make_comment(article, member, "Waiting words", approved=False)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Approved words" in page and "Waiting words" not in page
    client.force_login(other_member)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Approved words" in page and "Waiting words" not in page


def test_comment_html_is_escaped(member_client, member, article):
    make_comment(article, member, '<script>alert("x")</script><b onclick="y">bold</b>')
    page = member_client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b onclick" not in page


@pytest.mark.parametrize(
    "body, error",
    [
        ("", "Write your comment before posting it."),
        ("   \n\t  ", "Write your comment before posting it."),
        ("x" * 2001, "Shorten your comment to 2,000 characters or fewer (it has 2001)."),
    ],
)
def test_empty_or_too_long_comments_are_refused_on_the_form(member_client, article, body, error):
    response = comment(member_client, article, body)
    assert response.status_code == 400
    assert Comment.objects.count() == 0
    assert error in response.content.decode()
    assert "Your comment was not posted" in " ".join(messages_of(response))


def test_a_comment_of_exactly_2000_characters_is_accepted(member_client, article):
    comment(member_client, article, "x" * 2000)
    assert Comment.objects.get().body == "x" * 2000


def test_visitor_cannot_comment_and_is_sent_to_log_in(client, article):
    response = comment(client, article, "Hello")
    assert Comment.objects.count() == 0
    assert response.url.startswith(reverse("login"))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "to comment." in page and 'name="body"' not in page


def test_comment_from_a_deleted_member_stays_anonymised(client, member, article):
    make_comment(article, member, "Still here")
    member.delete()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Still here" in page and "a former member" in page


def test_comments_are_rate_limited(member_client, article):
    for number in range(10):
        comment(member_client, article, f"Comment {number}")
    response = member_client.post(
        reverse("articles:comment", args=[article.slug]), {"body": "One more"}, follow=True
    )
    assert Comment.objects.count() == 10
    assert "You are doing that too often" in " ".join(messages_of(response))
