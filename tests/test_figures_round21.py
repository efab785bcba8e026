"""Round 21 of figures on real text: written sentences in the shapes of the work sets' misses
(docs/quality.md, "Round 21"), each with a near miss that must keep its reading."""
from __future__ import annotations

from accords.pipeline import extract_text


def figures(text: str, lang: str = "en", date: str = "2016-08-22") -> list[tuple]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(f["metric"], f["kind"], f["value"], f["currency"], f["period"]) for f in rec["figures"]]


def test_a_movement_over_a_span_of_years_starts_and_ends_in_its_years():
    assert figures("Trade between India and Turkey has grown more than six-fold between 2003 and 2014 "
                   "from USD 1.2 billion to USD 7 billion, and fell slightly in 2015.") == [
        ("trade_turnover", "actual", 1.2e9, "USD", "2003"),
        ("trade_turnover", "actual", 7e9, "USD", "2014")]
    assert figures("С 2010 по 2014 год товарооборот России и Китая вырос с $10 млрд до $20 млрд.",
                   lang="ru") == [("trade_turnover", "actual", 1e10, "USD", "2010"),
                                  ("trade_turnover", "actual", 2e10, "USD", "2014")]
    # ends that name their own years keep them
    assert figures("Trade between Russia and China grew from $10 billion in 2010 to $20 billion in 2012, "
                   "over 2010-2014 as a whole.") == [
        ("trade_turnover", "actual", 1e10, "USD", "2010"),
        ("trade_turnover", "actual", 2e10, "USD", "2012")]


def test_an_amount_restated_in_another_currency_is_one_figure():
    assert figures("Trade between South Africa and Ghana rose from R2.6 billion which is about $202 "
                   "million to R10.8 billion, about $842 million, from 2010 to 2014.") == [
        ("trade_turnover", "actual", 2.6e9, "ZAR", "2010"),
        ("trade_turnover", "actual", 10.8e9, "ZAR", "2014")]
    # two amounts in one currency after a comma are two figures
    assert len(figures("Exports of Ghana to South Africa reached $2 billion in 2014, about $1 billion "
                       "more than imports of $1 billion.")) >= 2


def test_an_amount_in_digits_after_a_scale_word_and_comma_keeps_its_currency():
    # (a worded number's tail, "fifteen billion, nine hundred million", has no digits)
    assert ("trade_turnover", "actual", 842e6, "USD", "2014") in figures(
        "Trade between South Africa and Ghana stood at R10.8 billion, $842 million, in 2014.")


def test_a_goal_noun_and_for_before_the_metric_noun_after_the_amount():
    assert figures("China agreed to promote imports of Indian products and the two countries also set "
                   "an ambitious $100 billion target for bilateral trade by 2015.", date="2010-12-16") == [
        ("trade_turnover", "target", 1e11, "USD", "2015")]
    # "for" after anything else is no link ("$5 billion for the port")
    assert figures("Trade between India and China reached $70 billion; China pledged $5 billion for "
                   "trade infrastructure in India.", date="2010-12-16")[0][:2] == ("trade_turnover", "actual")


def test_a_state_adjective_between_the_amount_and_its_metric_noun():
    assert ("exports", "actual", 4.2e9, "USD", "2016") in figures(
        "Trade volume between Nigeria and the United States stood at USD 6.1 billion in 2016, "
        "including $4.2 billion in Nigerian exports to the U.S.", date="2018-05-01")


def test_a_past_copula_states_a_level_not_a_goal():
    assert figures("Лукашенко отметил, что есть все условия для наращивания товарооборота с Пакистаном: "
                   "\"До этого времени он был совсем небольшим - $50-65 млн в год.", lang="ru",
                   date="2015-08-11") == [("trade_turnover", "actual", 57.5e6, "USD", None)]
    # a goal verb after the copula is still a goal
    assert figures("Целью было довести товарооборот между Россией и Китаем до $200 млрд.", lang="ru",
                   date="2015-08-11")[0][:2] == ("trade_turnover", "target")


def test_wanting_to_attract_an_amount_is_a_goal():
    assert figures("Egypt also wants to attract an additional USD 1 bn in Turkish investments, "
                   "Egyptian officials said.", date="2024-09-01")[0][:2] == ("investment", "target")
    assert figures("Egypt attracted USD 1 bn in Turkish investments in 2023, Egyptian officials said.",
                   date="2024-09-01")[0][:2] == ("investment", "actual")


def test_a_month_name_inside_a_word_is_no_month():
    # "Касым-Жомарт" ends in "март"
    assert figures("Как сообщил Касым-Жомарт Токаев, Франция инвестировала в экономику Казахстана "
                   "около 18,7 млрд долларов.", lang="ru", date="2023-11-01") == [
        ("investment", "actual", 18.7e9, "USD", None)]
    assert figures("В марте Франция инвестировала в экономику Казахстана 1 млрд долларов.", lang="ru",
                   date="2023-11-01") == [("investment", "actual", 1e9, "USD", "2023-03")]


def test_ready_or_meaning_to_invest_an_amount_is_a_goal():
    assert figures("Россия готова инвестировать $1 млрд в экономику Кубы до 2030 года, заявил "
                   "вице-премьер.", lang="ru", date="2025-05-08") == [
        ("investment", "target", 1e9, "USD", "2030")]
    assert figures("Россия намерена вложить $2 млрд в экономику Кубы.", lang="ru",
                   date="2025-05-08")[0][:2] == ("investment", "target")
    assert figures("Россия инвестировала $1 млрд в экономику Кубы в 2020 году.", lang="ru",
                   date="2025-05-08") == [("investment", "actual", 1e9, "USD", "2020")]


def test_kazakh_a_quarter_or_half_of_the_year():
    assert figures("Грузия – Қазақстанның маңызды серіктесі. Биыл бірінші тоқсанда грузин инвесторлары "
                   "Қазақстан экономикасына 88,5 млн доллар инвестиция құйды.", lang="kk",
                   date="2024-09-19") == [("investment", "actual", 88.5e6, "USD", "2024-01/2024-03")]
    assert figures("2024 жылдың бірінші жартысында Қазақстан мен Армения арасындағы тауар айналымы "
                   "50 млн долларды құрады.", lang="kk", date="2025-11-20") == [
        ("trade_turnover", "actual", 50e6, "USD", "2024-01/2024-06")]


def test_kazakh_it_right_before_the_amount_is_the_metric_of_the_sentence_before():
    text = ("Сарапшы екі ел арасындағы сауда айналымы әзірге тым төмен екенін мәлімдеді. Биылғы бірінші "
            "жартықта ол 41,6 млн долларды құрады.")
    assert figures(text, lang="kk", date="2025-11-20") == [
        ("trade_turnover", "actual", 41.6e6, "USD", "2025-01/2025-06")]
    # far from the amount "ол" is a person
    assert figures("Сарапшы сауда айналымы төмен екенін айтты. Ол Арменияның Қазақстанға 41,6 млн доллар "
                   "тұратын алкоголь жеткізгенін атап өтті.", lang="kk", date="2025-11-20") == []


def test_kazakh_an_amount_grown_by_is_no_level_and_months_with_a_dash():
    text = ("2025 жылдың қаңтар–маусым айларында Ақтөбе облысының Германиямен сыртқы сауда айналымы 40 млн "
            "АҚШ долларына жуықтап, былтырғы жылдың сәйкес кезеңімен салыстырғанда 2,2 млн долларға өсті. "
            "Соның ішінде экспорт 5,8 млн долларға артса, импорт 3 млн долларға азайды.")
    assert figures(text, lang="kk", date="2025-08-01") == [
        ("trade_turnover", "actual", 40e6, "USD", "2025-01/2025-06")]
    # a level reached, in the dative too, is a figure
    assert figures("Қазақстан мен Германия арасындағы тауар айналымы 2024 жылы 2,24 миллиард долларға жетті.",
                   lang="kk", date="2025-08-01") == [("trade_turnover", "actual", 2.24e9, "USD", "2024")]


def test_the_shilling_sign_after_the_amount_and_its_restatement_in_brackets():
    assert figures("President Samia Suluhu Hassan said trade between Tanzania and Burundi increased to "
                   "87.3bn/- in 2020 up from 84.3bn/- that was recorded in 2018.", date="2022-05-25") == [
        ("trade_turnover", "actual", 87.3e9, "TZS", "2020"), ("trade_turnover", "actual", 84.3e9, "TZS", "2018")]
    assert figures("Trade volume between Tanzania and Ghana stood at 20.2 million US dollars (approxi- mately "
                   "47bn/-) in 2021.", date="2022-05-25") == [("trade_turnover", "actual", 20.2e6, "USD", "2021")]
    # a bracket in the same currency is no restatement ("(of which $2 million in goods)")
    assert len(figures("Trade between Tanzania and Ghana stood at $20.2 million (of which exports $15.2 "
                       "million) in 2021.", date="2022-05-25")) == 2


def test_an_intention_names_the_kind_of_its_own_object_only():
    assert figures("Saudi Arabia intends to lead investments worth $30 billion in Egypt, a joint "
                   "communique said.", date="2022-06-21") == [("investment", "target", 30e9, "USD", None)]
    assert figures("Serbia's president said the Serbian side intends to invite Azerbaijani companies to "
                   "the construction of a 500-megawatt gas-fired power plant near Nis, with an estimated "
                   "cost of €600 million.", date="2022-06-21") == [("project_value", "actual", 600e6, "EUR", None)]
