"""Pictures that stay legible when crowded (issues 13 and 14): a timeline of 20+ points and a map
of 30+ places across continents, with the label overlap measured from the rendered text boxes."""
import itertools

import matplotlib

matplotlib.use("Agg")

from kit.analysis import analyze_text  # noqa: E402
from kit.show import plot_map, plot_timeline  # noqa: E402

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def overlaps(fig) -> list[tuple[str, str]]:
    """Pairs of visible texts of the figure whose rendered boxes overlap by more than a pixel."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = [t for ax in fig.axes for t in ax.texts if t.get_visible() and t.get_text().strip()]
    boxes = [(t.get_text()[:30], t.get_window_extent(renderer)) for t in texts]
    bad = []
    for (na, a), (nb, b) in itertools.combinations(boxes, 2):
        if min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1:
            bad.append((na, nb))
    return bad


def test_a_long_timeline_has_no_overlapping_labels():
    paras = [f"وقال وزير الخارجية في {1 + (k * 7) % 27} {MONTHS[k % 12]} 2015 إن الوفد سيزور العاصمة، "
             f"وقصفت الطائرات مواقع في المدينة يوم {2 + (k * 7) % 27} {MONTHS[k % 12]} 2015." for k in range(24)]
    paras.append("وقال المتحدث أمس إن الهدنة انهارت، وأعلن الجيش اليوم بدء عملية جديدة، ويلتقي الوزيران غدا.")
    a = analyze_text("خبر طويل\n\n" + "\n\n".join(paras), dct="2015-12-20")
    assert len(a.timexes) >= 20 and len(a.events) >= 20
    fig = plot_timeline(a)
    assert overlaps(fig) == []
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert sum("2015" in t for t in labels) >= 5  # the dates are labelled, not only counted


def test_the_study_article_timeline_in_day_0_mode_is_legible(study_text):
    a = analyze_text(study_text)  # no publication date: drawn around "day 0"
    assert overlaps(plot_timeline(a)) == []


def test_a_crowded_world_map_has_no_overlapping_labels():
    text = ("كأس العالم\n\nتأهلت إلى كأس العالم منتخبات البرازيل والأرجنتين وأوروغواي وبيرو وكولومبيا والمكسيك "
            "وكوستاريكا وبنما وفرنسا وألمانيا وإسبانيا والبرتغال وإنجلترا وبلجيكا وسويسرا والدنمارك والسويد وكرواتيا "
            "وصربيا وبولندا وأيسلندا وروسيا والسعودية ومصر والمغرب وتونس ونيجيريا والسنغال وإيران واليابان وكوريا "
            "الجنوبية وأستراليا. وستقام المباريات في موسكو وسان بطرسبرغ وكازان وسوتشي.")
    a = analyze_text(text, dct="2018-06-01")
    assert len(a.places) >= 30
    fig = plot_map(a.places)
    assert overlaps(fig) == []
    shown = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    for name in ("البرازيل", "اليابان", "أستراليا", "بيرو"):
        assert name in shown  # named on the map or in its key of numbered places
