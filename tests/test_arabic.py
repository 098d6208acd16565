"""Arabic helpers: folding, tokens with offsets, proclitics, numbers."""
import pytest

from kit.text import (
    final_fold,
    find_numbers,
    fold,
    fold_with_offsets,
    number_value,
    proclitic_splits,
    tokenize,
)


@pytest.mark.parametrize("a,b", [("أحمد", "احمد"), ("إدلب", "ادلب"), ("آلاف", "الاف"), ("فى", "في"),
                                 ("مدرسة", "مدرسه"), ("الخـــبر", "الخبر"), ("سُورِيَة", "سورية"),
                                 ("٢٠١٥", "2015"), ("کتاب", "كتاب")])
def test_fold_merges_spellings(a, b):
    assert fold(a) == fold(b)


def test_final_fold_meets_syria_spellings():
    assert final_fold("سورية") == final_fold("سوريا")
    assert final_fold("مصر") != final_fold("مصرا")  # short words are left alone


def test_fold_with_offsets_maps_back():
    text = "قَالَ الوزيـر"
    folded, where = fold_with_offsets(text)
    assert folded == "قال الوزير"
    i = folded.index("الوزير")
    assert text[where[i]:where[i + len("الوزير")]] .startswith("الوزي")


def test_tokens_keep_offsets_on_noisy_text():
    text = "\ufeff\u200fقال الوزيـر، إنّ «الضربات» تو-22 ٣٫٥"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["قال", "الوزيـر", "،", "إنّ", "«", "الضربات", "»", "تو-22", "٣٫٥"]
    for t in toks:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("word,offset,stem", [("لروسيا", 1, "روسيا"), ("وبوزارة", 2, "وزاره"),
                                              ("للجيش", 1, "الجيش"), ("فالرقة", 1, "الرقه"),
                                              ("كحليفة", 1, "حليفه")])
def test_proclitic_splits(word, offset, stem):
    splits = proclitic_splits(word)
    assert splits[0] == (0, fold(word))
    assert (offset, stem) in splits


@pytest.mark.parametrize("text,value", [("الثماني والأربعين", 48), ("ثلاثة آلاف", 3000), ("خمسة عشر", 15),
                                        ("مئتين وخمسين", 250), ("ٱلف", 1000), ("٢٣٠٠", 2300), ("ثلاثمائة", 300),
                                        ("أحد عشر", 11), ("خمسة ملايين", 5_000_000), ("عشرين", 20)])
def test_number_words(text, value):
    assert number_value(text) == value


@pytest.mark.parametrize("text", ["أحد", "الوزير", "", "سبعة أيام", "9" * 400 + " ألف"])
def test_not_numbers(text):
    assert number_value(text) is None


def test_find_numbers_in_running_text():
    text = "قتل 224 شخصا ونفذت ٢٣٠٠ طلعة خلال الساعات الثماني والأربعين الماضية بطائرات تو-22"
    found = [(n.text, n.value) for n in find_numbers(text)]
    assert found == [("224", 224), ("٢٣٠٠", 2300), ("الثماني والأربعين", 48)]
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text


def test_builtin_folding_equals_camel_tools_on_every_character():
    """Without camel-tools the kit folds with a built-in equivalent: it must agree on every character
    (checked where camel-tools is installed, as in the default install)."""
    pytest.importorskip("camel_tools.utils.normalize")
    from kit.text import camel_utils

    assert camel_utils.SOURCE == "camel-tools"
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    theirs = (dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, normalize_unicode)
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for ours, ref in zip(camel_utils.BUILTIN, theirs):
        assert all(ours(ch) == ref(ch) for ch in chars), ours.__name__
        assert ours("وَّكَّاَّلَّةَّ أُسْرَةٌ ﷼") == ref("وَّكَّاَّلَّةَّ أُسْرَةٌ ﷼")
