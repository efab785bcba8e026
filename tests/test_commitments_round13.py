"""Round 13 of commitments on real text: written sentences in the shapes real releases use
(docs/quality.md, "Round 13"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru") -> list[tuple[str, str, str]]:
    rec = extract_text(text, lang=lang).to_dict()
    return [(c["actor"], c["modality"], c["text"]) for c in rec["commitments"]]


def test_a_quote_after_a_narrative_paragraph_is_still_the_last_speakers():
    text = ("Президент Турции Реджеп Тайип Эрдоган провел переговоры с Президентом Азербайджана "
            "Ильхамом Алиевым.\n«Мы оценили работу наших министров», — сказал Эрдоган.\n"
            "Были обсуждены вопросы региональной безопасности.\n"
            "«Хочу напомнить, что мы и впредь будем оказывать Азербайджану нашу поддержку».")
    got = commitments(text)
    assert ("TUR", "commit") in [(a, m) for a, m, _ in got]
    assert all(a != "AZE" for a, _, _ in got)


def test_an_agreement_reached_counts_with_what_was_agreed_not_as_a_bare_result():
    lead = "Министр иностранных дел Казахстана провел переговоры с министром иностранных дел Армении. "
    for said in ("Достигнута договоренность о проведении следующего заседания комиссии в сентябре.",
                 "Достигнута договоренность по доведению товарооборота до $1 млрд.",
                 "Была достигнута договоренность за пять лет увеличить товарооборот вдвое."):
        assert [m for _, m, _ in commitments(lead + said)] == ["agreed"], said
    for said in ("По большинству вопросов достигнуты конкретные договоренности.",
                 "В день начала бизнес-форума достигнуты договоренности на $17 млн."):
        assert commitments(lead + said) == [], said


def test_money_given_in_a_future_passive_is_the_givers_commitment():
    text = ("Japan will provide grant aid to Kyrgyzstan worth 44 million US dollars, the embassy said. "
            "Nearly 10 million US dollars will be directed to strengthen the training center for grid "
            "operators. Around 20 million US dollars will be channeled for the reconstruction of a bridge.")
    got = commitments(text, "en")
    assert [(a, m) for a, m, _ in got] == [("JPN", "commit")] * 3
    assert got[2][2].startswith("Around 20 million US dollars will be channeled")
    # no state named as giving before it ("the grant agreements" is no verb of giving): no one
    text = ("Japan's Ambassador and Kyrgyz Finance Minister Almaz Baketayev signed the grant agreements. "
            "Nearly 10 million US dollars will be directed to strengthen the training center.")
    assert commitments(text, "en") == []


def test_an_obligation_to_act_jointly_binds_both_sides():
    lead = "Chinese Foreign Minister Wang Yi held talks with ROK Foreign Minister Cho Hyun in Beijing. "
    got = commitments(lead + "Wang Yi said both countries should jointly oppose trade protectionism.", "en")
    assert [(a, m) for a, m, _ in got] == [("JOINT", "commit")]
    # without "jointly" it is the speaker's advice to both
    got = commitments(lead + "Both countries should oppose trade protectionism, Wang Yi said.", "en")
    assert [(a, m) for a, m, _ in got] == [("CHN", "propose")]


def test_we_reporting_what_both_sides_did_is_both_sides():
    text = ("Indonesian President Prabowo met Malaysian Prime Minister Anwar Ibrahim in Jakarta. "
            "“When it comes to economic cooperation, we reiterated the importance of achieving "
            "the bilateral trade target of $50 billion,” Prabowo said.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("JOINT", "intend")]
    # "we" with a verb of its own side's will stays the speaker's
    text = text.replace("we reiterated the importance of achieving", "we intend to achieve")
    assert [a for a, _, _ in commitments(text, "en")] == ["IDN"]


def test_both_sides_working_together_to_a_goal():
    text = ("Pakistani Prime Minister Shehbaz Sharif met the Saudi Minister of Investment in Islamabad. "
            "The prime minister said both sides were working together further to strengthen ties into "
            "mutually beneficial economic cooperation.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("JOINT", "intend")]


def test_will_be_working_together_stays_a_commitment():
    text = ("Prime Minister Abbott welcomed Prime Minister Key to Canberra. "
            "“We will be working together to deliver actions that boost trade and investment,” "
            "Australian Prime Minister Tony Abbott said.")
    assert [m for _, m, _ in commitments(text, "en")] == ["commit"]


def test_an_intention_to_talk_about_topics_is_an_agenda():
    lead = "Президент Казахстана прибыл в Ташкент с государственным визитом. "
    assert commitments(lead + "В ходе переговоров стороны намерены затронуть широкий спектр "
                              "вопросов сотрудничества.") == []
    # talking about concrete measures toward a goal is the sides' intention
    got = commitments(lead + "Президенты намерены обсудить меры по увеличению взаимной торговли "
                             "до 3 млрд долларов.")
    assert [(a, m) for a, m, _ in got] == [("JOINT", "intend")]


def test_what_a_meeting_will_hold_is_no_commitment():
    lead = "Oman's Foreign Minister Sayyid Badr arrived in New Delhi on an official visit. "
    assert commitments(lead + "Sayyid Badr and Dr Jaishankar’s talks will include a comprehensive "
                              "review of the bilateral strategic partnership.", "en") == []
    got = commitments(lead + "India will provide Oman with a line of credit for port projects.", "en")
    assert [(a, m) for a, m, _ in got] == [("IND", "commit")]


def test_an_imperfective_reflexive_passive_future_binds_the_sides():
    lead = "Стороны подписали рамочное соглашение о сотрудничестве. "
    got = commitments(lead + "Отдельные вопросы будут закрепляться в дополнительных соглашениях.")
    assert [(a, m) for a, m, _ in got] == [("JOINT", "commit")]
    # a quantity that will grow binds no one
    assert commitments(lead + "Товарооборот будет увеличиваться и дальше.") == []


def test_a_noun_cue_under_another_verb_states_no_position():
    lead = "Посол России в Египте Георгий Борисенко дал интервью агентству. "
    assert commitments(lead + "Говоря о препятствиях, посол отметил, что многое упирается в желание "
                              "защитить собственных производителей от конкуренции.") == []
    got = commitments(lead + "Посол выразил желание расширить поставки зерна в Египет.")
    assert [(a, m) for a, m, _ in got] == [("RUS", "intend")]


def test_important_to_bear_in_mind_is_a_view_not_a_thing_to_do():
    lead = "Президент Беларуси Александр Лукашенко встретился с министром иностранных дел Венгрии. "
    assert commitments(lead + "По словам белорусского лидера, говоря о перспективах торговли, важно "
                              "учитывать потенциалы двух стран.") == []
    got = commitments(lead + "По словам белорусского лидера, важно расширять поставки техники в Венгрию.")
    assert [(a, m) for a, m, _ in got] == [("BLR", "intend")]


def test_an_obligation_put_on_a_thing_in_the_passive_is_a_view():
    lead = "Malaysian Prime Minister Anwar Ibrahim met Indonesian President Prabowo Subianto in Jakarta. "
    assert commitments(lead + "Anwar said the matter should be addressed through legal channels.", "en") == []
    # cooperation that should be developed is still the speaker's proposal
    got = commitments(lead + "Anwar said cooperation between the two countries should be developed "
                             "in energy.", "en")
    assert [a for a, _, _ in got] == ["MYS"]


def test_concurred_on_what_to_do_is_an_agreement():
    text = ("Vietnam's Foreign Minister Bui Thanh Son met his Beninese counterpart in Hanoi. "
            "They concurred on the need to enhance the role of the two foreign ministries.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("JOINT", "agreed")]


def test_stressed_on_a_thing_to_do_is_an_intention():
    text = ("Bangladesh Foreign Minister AK Abdul Momen held talks with Indonesian Foreign Minister "
            "Retno Marsudi in Jakarta. They stressed on concluding the bilateral preferential trade "
            "agreement for further strengthening the economic cooperation.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("JOINT", "intend")]


def test_a_word_with_yo_the_tagger_does_not_know_is_read_as_with_ye():
    text = ("Состоялся телефонный разговор президентов России и США. Подчёркнута, в частности, "
            "важность создания надёжной основы двусторонних связей путём развития торговли.")
    assert [(a, m) for a, m, _ in commitments(text)] == [("JOINT", "intend")]


def test_spoke_in_favour_of_as_came_out_for():
    text = ("Состоялся телефонный разговор президентов России и США. Путин и Трамп высказались "
            "в пользу активной совместной работы по нормализации отношений.")
    assert [a for a, _, _ in commitments(text)] == ["JOINT"]


def test_a_state_open_to_doing_is_ready():
    text = ("Argentine Undersecretary Claudio Rozencwaig visited Dhaka. The Undersecretary informed "
            "that Argentina is open to exporting soybeans, beef and fertilizer to Bangladesh.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("ARG", "ready")]


def test_an_importance_noted_in_the_reflexive_passive_is_the_meetings():
    text = "Путин провел телефонные переговоры с Трампом. Отмечалась важность развития торговли."
    assert [(a, m) for a, m, _ in commitments(text)] == [("JOINT", "intend")]


def test_the_heads_of_our_countries_are_both_sides():
    text = ("Kazakh Prime Minister Alikhan Smailov held talks with Chinese Premier Li Keqiang. "
            "«The Heads of our countries set the task to increase the trade turnover to $35bn by 2030,» "
            "said the Kazakh Premier.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("JOINT", "intend")]
    # relations between our countries are no one acting
    text = text.replace("The Heads of our countries set the task", "Trade between our countries is set")
    assert all(a != "JOINT" for a, _, _ in commitments(text, "en"))


def test_we_call_for_is_a_request():
    text = ("Kazakh President Tokayev met Turkish President Erdogan in Astana. “We call for the "
            "development of the Trans-Caspian corridor to reduce transport costs,” Tokayev said.")
    assert [(a, m) for a, m, _ in commitments(text, "en")] == [("KAZ", "request")]


def test_an_importance_noted_in_the_short_passive_beside_another_noun():
    text = ("Посол Узбекистана вручил верительные грамоты Президенту Турции. На встрече отмечен высокий "
            "потенциал развития отношений, а также важность увеличения объема взаимной торговли до "
            "5 миллиардов долларов США.")
    assert [(a, m) for a, m, _ in commitments(text)] == [("JOINT", "intend")]


def test_it_should_be_emphasized_is_a_phrase_not_an_obligation():
    text = ("Putin held talks with Lukashenko in Minsk. “It should be emphasized that Belarus is not "
            "only our good neighbor but our ally,” Putin said.")
    assert commitments(text, "en") == []
