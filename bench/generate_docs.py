"""Generate varied, realistic press releases about relations between states (JSON Lines).

For the ingest benchmark and the store's crash test: the texts are composed from templates
written for this purpose (talks, phone calls, intergovernmental commissions, business
forums, trade statistics, visits with signings, project launches, aid deliveries; Russian
and some English), with states, officials, sectors, figures and dates drawn at random and
inflected as the sentence needs. No real document text is used.

    python bench/generate_docs.py --n 10000 --out bench/out/docs.jsonl [--seed 1] [--en 0.15]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

# code, nom, gen, dat, ins, "в ..." (prep), adj fem nom, adj pl gen, capital, "в <capital>",
# english name, english adjective, english capital
STATES = [
    ("KAZ", "Казахстан", "Казахстана", "Казахстану", "Казахстаном", "в Казахстане", "казахстанская",
     "казахстанских", "Астана", "в Астане", "Kazakhstan", "Kazakh", "Astana"),
    ("SRB", "Сербия", "Сербии", "Сербии", "Сербией", "в Сербии", "сербская", "сербских", "Белград",
     "в Белграде", "Serbia", "Serbian", "Belgrade"),
    ("UZB", "Узбекистан", "Узбекистана", "Узбекистану", "Узбекистаном", "в Узбекистане", "узбекская",
     "узбекских", "Ташкент", "в Ташкенте", "Uzbekistan", "Uzbek", "Tashkent"),
    ("KGZ", "Кыргызстан", "Кыргызстана", "Кыргызстану", "Кыргызстаном", "в Кыргызстане", "кыргызская",
     "кыргызских", "Бишкек", "в Бишкеке", "Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("RUS", "Россия", "России", "России", "Россией", "в России", "российская", "российских", "Москва",
     "в Москве", "Russia", "Russian", "Moscow"),
    ("BLR", "Беларусь", "Беларуси", "Беларуси", "Беларусью", "в Беларуси", "белорусская", "белорусских",
     "Минск", "в Минске", "Belarus", "Belarusian", "Minsk"),
    ("TUR", "Турция", "Турции", "Турции", "Турцией", "в Турции", "турецкая", "турецких", "Анкара",
     "в Анкаре", "Turkey", "Turkish", "Ankara"),
    ("CHN", "Китай", "Китая", "Китаю", "Китаем", "в Китае", "китайская", "китайских", "Пекин",
     "в Пекине", "China", "Chinese", "Beijing"),
    ("HUN", "Венгрия", "Венгрии", "Венгрии", "Венгрией", "в Венгрии", "венгерская", "венгерских",
     "Будапешт", "в Будапеште", "Hungary", "Hungarian", "Budapest"),
    ("AZE", "Азербайджан", "Азербайджана", "Азербайджану", "Азербайджаном", "в Азербайджане",
     "азербайджанская", "азербайджанских", "Баку", "в Баку", "Azerbaijan", "Azerbaijani", "Baku"),
    ("TJK", "Таджикистан", "Таджикистана", "Таджикистану", "Таджикистаном", "в Таджикистане",
     "таджикская", "таджикских", "Душанбе", "в Душанбе", "Tajikistan", "Tajik", "Dushanbe"),
    ("ARM", "Армения", "Армении", "Армении", "Арменией", "в Армении", "армянская", "армянских",
     "Ереван", "в Ереване", "Armenia", "Armenian", "Yerevan"),
    ("IND", "Индия", "Индии", "Индии", "Индией", "в Индии", "индийская", "индийских", "Нью-Дели",
     "в Нью-Дели", "India", "Indian", "New Delhi"),
    ("MNG", "Монголия", "Монголии", "Монголии", "Монголией", "в Монголии", "монгольская", "монгольских",
     "Улан-Батор", "в Улан-Баторе", "Mongolia", "Mongolian", "Ulaanbaatar"),
    ("EGY", "Египет", "Египта", "Египту", "Египтом", "в Египте", "египетская", "египетских", "Каир",
     "в Каире", "Egypt", "Egyptian", "Cairo"),
    ("VNM", "Вьетнам", "Вьетнама", "Вьетнаму", "Вьетнамом", "во Вьетнаме", "вьетнамская", "вьетнамских",
     "Ханой", "в Ханое", "Vietnam", "Vietnamese", "Hanoi"),
]
# title: nom, gen, ins, english
TITLES = {
    "president": ("Президент", "Президента", "Президентом", "President"),
    "pm": ("Премьер-министр", "Премьер-министра", "Премьер-министром", "Prime Minister"),
    "fm": ("Министр иностранных дел", "Министра иностранных дел", "Министром иностранных дел", "Foreign Minister"),
    "trade": ("Министр торговли", "Министра торговли", "Министром торговли", "Trade Minister"),
    "energy": ("Министр энергетики", "Министра энергетики", "Министром энергетики", "Energy Minister"),
    "dpm": ("Заместитель Премьер-министра", "Заместителя Премьер-министра", "Заместителем Премьер-министра",
            "Deputy Prime Minister"),
    "amb": ("Чрезвычайный и Полномочный Посол", "Чрезвычайного и Полномочного Посла",
            "Чрезвычайным и Полномочным Послом", "Ambassador"),
}
# first names: nom, gen, ins; surnames in -ов/-ев/-ин inflect regularly (gen +а, ins +ым)
FIRST = [("Алексей", "Алексея", "Алексеем"), ("Марат", "Марата", "Маратом"), ("Даурен", "Даурена", "Дауреном"),
         ("Бахтиёр", "Бахтиёра", "Бахтиёром"), ("Игорь", "Игоря", "Игорем"), ("Тимур", "Тимура", "Тимуром"),
         ("Жанибек", "Жанибека", "Жанибеком"), ("Сергей", "Сергея", "Сергеем"), ("Эльдар", "Эльдара", "Эльдаром"),
         ("Нурлан", "Нурлана", "Нурланом"), ("Андрей", "Андрея", "Андреем"), ("Рустам", "Рустама", "Рустамом"),
         ("Бекзод", "Бекзода", "Бекзодом"), ("Олег", "Олега", "Олегом"), ("Азамат", "Азамата", "Азаматом")]
SURNAMES = ["Сарсенбаев", "Турсунов", "Каримов", "Абдуллаев", "Воронцов", "Мельников", "Исмаилов",
            "Жумабаев", "Рахимов", "Сафаров", "Ермеков", "Алимбаев", "Кудайбердиев", "Сокольников",
            "Батыров", "Нурмаганбетов", "Хасанов", "Осипов", "Ташматов", "Юсупов", "Ильин", "Кузьмин",
            "Темиргалиев", "Абенов", "Муратов", "Головин", "Назаров", "Тлеубердин"]
FIRST_EN = ["Alexei", "Marat", "Dauren", "Timur", "Sergei", "Nurlan", "Rustam", "Oleg", "Azamat", "Eldar"]

# sector phrases (genitive/prepositional as used in "в сфере ...", "в области ...")
SECTORS_RU = {
    "energy": ["энергетики", "возобновляемой энергетики", "нефтегазовой отрасли", "атомной энергетики"],
    "transport_logistics": ["транспорта и логистики", "транзитных перевозок", "железнодорожного сообщения"],
    "agriculture": ["сельского хозяйства", "агропромышленного комплекса", "переработки сельхозпродукции"],
    "industry": ["промышленной кооперации", "машиностроения", "химической промышленности"],
    "digital": ["цифровизации", "искусственного интеллекта", "информационных технологий"],
    "education": ["образования", "подготовки кадров", "академических обменов"],
    "healthcare": ["здравоохранения", "фармацевтики", "медицинской науки"],
    "tourism": ["туризма", "взаимных туристических потоков"],
    "culture": ["культуры и гуманитарных связей", "спорта и молодежной политики"],
    "finance": ["финансов и банковского дела", "расчетов в национальных валютах"],
    "water": ["водного хозяйства", "рационального использования водных ресурсов"],
    "mining": ["геологоразведки и недропользования", "добычи критических минералов"],
    "construction": ["строительства и жилищно-коммунального хозяйства"],
    "civil_aviation": ["гражданской авиации", "прямого авиасообщения"],
    "environment": ["экологии и охраны окружающей среды", "противодействия изменению климата"],
    "science": ["науки и инноваций", "совместных научных исследований"],
}
SECTORS_EN = {"energy": "energy", "transport_logistics": "transport and logistics",
              "agriculture": "agriculture", "industry": "industrial cooperation", "digital": "digital technologies",
              "education": "education", "healthcare": "healthcare", "tourism": "tourism",
              "finance": "banking and finance", "water": "water management", "mining": "mining",
              "science": "science and innovation"}
PROJECTS = ["завода по производству удобрений", "логистического хаба", "солнечной электростанции",
            "предприятия по сборке автомобилей", "фармацевтического завода", "агропромышленного парка",
            "текстильной фабрики", "терминала на сухом порту", "центра обработки данных",
            "ветровой электростанции", "мукомольного комбината", "тепличного комплекса"]
DOCS = ["меморандум о взаимопонимании", "соглашение о сотрудничестве", "дорожная карта",
        "программа сотрудничества", "протокол о намерениях", "межправительственное соглашение",
        "соглашение о взаимной защите инвестиций", "план совместных действий"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
PERIODS = ["за январь-{m} {y} года", "по итогам {y} года", "за {k} месяцев {y} года", "в {y} году"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def pair(self):
        a, b = self.r.sample(STATES, 2)
        return a, b

    def person(self, title_key, st):
        f = self.pick(FIRST)
        sur = self.pick(SURNAMES)
        t = TITLES[title_key]
        return {
            "nom": f"{t[0]} {st[2]} {f[0]} {sur}",
            "ins": f"{t[2]} {st[2]} {f[2]} {sur}ым",
            "gen": f"{t[1]} {st[2]} {f[1]} {sur}а",
            "short": f"{f[0]} {sur}", "sur": sur,
            "en": f"{st[11]} {t[3]} {self.pick(FIRST_EN)} {self._latin(sur)}",
        }

    @staticmethod
    def _latin(s: str) -> str:
        table = str.maketrans({"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "Zh", "З": "Z",
                               "И": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
                               "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh",
                               "Ю": "Yu", "Я": "Ya", "Э": "E",
                               "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
                               "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
                               "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
                               "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo"})
        return s.translate(table)

    def money(self, lo=5, hi=5000):
        v = round(self.r.uniform(lo, hi), 1)
        if v >= 1000:
            return f"{v / 1000:.1f}".replace(".", ",") + " млрд долларов США", f"${v / 1000:.1f} billion"
        return f"{v:.1f}".replace(".", ",") + " млн долларов", f"${v:.1f} million"

    def period(self, year):
        k = self.r.randint(2, 11)
        return self.pick(PERIODS).format(m=MONTHS[k - 1], y=year, k=k)

    def sectors(self, n):
        keys = self.r.sample(list(SECTORS_RU), n)
        return keys, [self.pick(SECTORS_RU[k]) for k in keys]

    def join(self, xs):
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " и " + xs[-1]

    # -- Russian templates --------------------------------------------------------------
    def talks(self, a, b, d):
        key = self.pick(["fm", "pm", "trade", "energy", "dpm"])
        pa, pb = self.person(key, a), self.person(key, b)
        where = self.pick([a, b])
        _, secs = self.sectors(self.r.randint(2, 4))
        growth = self.r.choice([None, round(self.r.uniform(-12, 40), 1)])
        amount, _ = self.money(50, 9000)
        trade = f"По итогам {d.year - 1} года товарооборот между странами составил {amount}"
        if growth is not None:
            trade += (f", увеличившись на {growth:.1f}%".replace(".", ",") if growth >= 0
                      else f", снизившись на {-growth:.1f}%".replace(".", ","))
        paras = [
            f"{pa['nom']} провел переговоры с {pb['ins']} {where[9]}.",
            f"Стороны обсудили актуальные вопросы двустороннего сотрудничества, в том числе "
            f"взаимодействие в сферах {self.join(secs)}.",
            trade + ".",
            self.pick([f"{cap(a[6])} сторона готова нарастить поставки продукции на рынок {b[2]}.",
                       f"Стороны договорились активизировать работу межправительственной комиссии и "
                       f"провести ее очередное заседание {self.pick([a, b])[9]} в {d.year + 1} году.",
                       f"«Мы намерены довести объем взаимной торговли до {self.money(100, 10000)[0]}», — "
                       f"отметил {pa['short']}."]),
        ]
        if self.r.random() < 0.5:
            paras.append(f"По итогам встречи подписан {self.pick(['меморандум о взаимопонимании', 'протокол о намерениях', 'план совместных действий'])} "
                         f"в области {self.pick(secs)}.")
        return f"{TITLES[key][0]} {a[2]} провел переговоры с коллегой из {b[2]}", paras

    def call(self, a, b, d):
        pa, pb = self.person("president", a), self.person("president", b)
        _, secs = self.sectors(self.r.randint(1, 3))
        paras = [
            self.pick([f"Состоялся телефонный разговор {pa['gen']} с {pb['ins']}.",
                       f"{pa['nom']} провел телефонный разговор с {pb['ins']}.",
                       f"{d.day} {MONTHS[d.month - 1]} состоялся телефонный разговор {pa['gen']} с {pb['ins']}."]),
            f"Главы государств обсудили ход реализации договоренностей, достигнутых в ходе "
            f"{self.pick(['официального визита', 'государственного визита', 'встречи на полях саммита ШОС', 'последней встречи'])}, "
            f"а также перспективы сотрудничества в области {self.join(secs)}.",
            self.pick([f"{pb['short']} поблагодарил за поздравления с национальным праздником.",
                       f"Президенты подтвердили намерение продолжить регулярные контакты на высшем уровне.",
                       f"{pa['short']} передал коллеге приглашение посетить страну с официальным визитом."]),
        ]
        return f"Телефонный разговор с Президентом {b[2]}", paras

    def commission(self, a, b, d):
        pa, pb = self.person("dpm", a), self.person(self.pick(["dpm", "trade"]), b)
        keys, secs = self.sectors(self.r.randint(3, 5))
        amount, _ = self.money(100, 12000)
        paras = [
            f"{cap(a[9])} состоялось {self.r.randint(5, 25)}-е заседание Межправительственной комиссии "
            f"по торгово-экономическому сотрудничеству между {a[4]} и {b[4]}.",
            f"Заседание провели сопредседатели комиссии — {pa['nom']} и {pb['nom']}.",
            f"{cap(self.period(d.year))} объем взаимной торговли достиг {amount}.",
            f"Участники обсудили реализацию совместных проектов в сферах {self.join(secs)}.",
            f"По итогам заседания подписан протокол, предусматривающий {self.pick(['создание рабочих групп', 'запуск новых инвестиционных проектов', 'упрощение таможенных процедур'])}. "
            f"Стороны договорились провести следующее заседание комиссии {b[9]} в {d.year + 1} году.",
        ]
        return f"Заседание межправкомиссии {a[1]} – {b[1]}", paras

    def forum(self, a, b, d):
        n = self.r.randint(5, 60)
        amount, _ = self.money(200, 15000)
        _, secs = self.sectors(self.r.randint(2, 4))
        paras = [
            f"{cap(b[9])} прошел {a[6][:-2]}о-{b[6][:-2]}ий бизнес-форум с участием более "
            f"{self.r.randint(100, 600)} представителей деловых кругов двух стран.",
            f"В ходе форума подписано {n} соглашений на общую сумму {amount}.",
            f"Документы касаются проектов в области {self.join(secs)}.",
            f"{self.person('trade', a)['nom']} отметил, что {a[6]} сторона заинтересована в "
            f"привлечении {b[7]} инвестиций и готова предоставить инвесторам налоговые преференции.",
        ]
        return "Бизнес-форум", paras

    def trade_stats(self, a, b, d):
        amount, _ = self.money(30, 20000)
        exp, _ = self.money(10, 5000)
        growth = round(self.r.uniform(-15, 60), 1)
        paras = [
            f"{cap(self.period(d.year - self.r.randint(0, 1)))} товарооборот между {a[4]} и {b[4]} "
            f"составил {amount}, что на {abs(growth):.1f}".replace(".", ",") +
            f"% {'больше' if growth >= 0 else 'меньше'} показателя аналогичного периода прошлого года.",
            f"Экспорт {a[2]} на рынок {b[2]} достиг {exp}. Основу экспорта составили "
            f"{self.pick(['зерно и мука', 'металлопродукция', 'нефтепродукты', 'удобрения', 'текстиль'])}, "
            f"а импорт представлен {self.pick(['машинами и оборудованием', 'фармацевтической продукцией', 'продовольствием', 'электроникой'])}.",
            f"Стороны поставили задачу довести товарооборот до {self.money(500, 30000)[0]} к {d.year + self.r.randint(2, 6)} году.",
        ]
        return "Итоги взаимной торговли", paras

    def visit(self, a, b, d):
        pa, pb = self.person("president", a), self.person("president", b)
        n = self.r.randint(3, 25)
        docs = self.r.sample(DOCS, 3)
        _, secs = self.sectors(3)
        paras = [
            f"{pa['nom']} прибыл в {b[8][:-1] + 'у' if b[8].endswith('а') else b[8]} с государственным визитом.",
            f"В ходе переговоров в узком и расширенном составах главы государств обсудили "
            f"вопросы политического, торгово-экономического и культурно-гуманитарного сотрудничества.",
            f"По итогам визита подписано {n} документов, в том числе {docs[0]}, {docs[1]} и {docs[2]}.",
            f"{pb['short']} отметил, что {b[6]} сторона придает большое значение развитию сотрудничества "
            f"в области {self.join(secs)}.",
            f"Стороны приняли совместное заявление о расширенном стратегическом партнерстве.",
        ]
        return f"Государственный визит в {b[1]}", paras

    def launch(self, a, b, d):
        proj = self.pick(PROJECTS)
        cost, _ = self.money(20, 3000)
        region = self.pick(["Алматинской области", "Самаркандской области", "Чуйской области",
                            "Минской области", "Татарстане", "Анатолии", "провинции Цзянсу"])
        paras = [
            f"В {region} состоялась церемония открытия {proj}, построенного совместно {a[7]} и {b[7]} инвесторами.",
            f"Стоимость проекта составила {cost}. Предприятие обеспечит работой {self.r.randint(100, 2500)} человек.",
            f"В церемонии приняли участие {self.person('pm', a)['nom']} и {self.person('amb', b)['nom']}.",
            f"Продукция предприятия будет поставляться на рынки {a[2]}, {b[2]} и третьих стран.",
        ]
        return f"Открыт совместный проект", paras

    def aid(self, a, b, d):
        tons = self.r.randint(50, 3000)
        paras = [
            f"{a[1]} направил{'а' if a[1][-1] in 'яь' else ''} {b[3]} гуманитарную помощь — "
            f"{tons} тонн {self.pick(['продовольствия', 'медикаментов', 'муки и круп', 'строительных материалов'])}.",
            f"Груз доставлен {self.pick(['специальным рейсом', 'автоколонной', 'железнодорожным составом'])} "
            f"и передан представителям {self.pick(['министерства по чрезвычайным ситуациям', 'местных властей'])} {b[2]}.",
            f"Кроме того, {a[6]} сторона выделила грант в размере {self.money(1, 80)[0]} на восстановление "
            f"социальной инфраструктуры.",
        ]
        return "Гуманитарная помощь", paras

    # -- English ------------------------------------------------------------------------
    def english(self, a, b, d):
        pa, pb = self.person(self.pick(["fm", "pm", "trade"]), a), self.person("fm", b)
        keys = self.r.sample(list(SECTORS_EN), 3)
        _, usd = self.money(50, 20000)
        paras = [
            f"{pa['en']} held talks with {pb['en']} in {self.pick([a, b])[12]} on {d.strftime('%B')} {d.day}.",
            f"The sides discussed cooperation in {', '.join(SECTORS_EN[k] for k in keys[:-1])} and {SECTORS_EN[keys[-1]]}.",
            f"Trade between {a[10]} and {b[10]} reached {usd} in {d.year - 1}, "
            f"{self.pick(['up', 'down'])} {self.r.randint(1, 40)} percent year on year.",
            self.pick([f"The ministers agreed to hold the next meeting of the intergovernmental commission in {b[12]}.",
                       f"{a[10]} is ready to increase supplies of {self.pick(['grain', 'fertilisers', 'steel', 'oil products'])} to {b[10]}.",
                       f"The parties signed a memorandum of understanding on {SECTORS_EN[keys[0]]}."]),
        ]
        return f"{a[10]} and {b[10]} hold talks", paras

    RU = ("talks", "call", "commission", "forum", "trade_stats", "visit", "launch", "aid")

    def extras(self, a, b, d) -> list[str]:
        """Background and detail paragraphs that press services add to the core template."""
        money = self.money(20, 9000)[0]
        sec = self.pick(list(SECTORS_RU))
        quote = self.pick([
            "Мы видим значительный потенциал для наращивания взаимной торговли",
            "Наши страны связывают давние традиции дружбы и взаимного уважения",
            "Важно обеспечить своевременную реализацию всех достигнутых договоренностей",
            "Мы заинтересованы в привлечении инвестиций и передовых технологий",
            "Необходимо полнее использовать возможности транзитного потенциала",
            "Реализация совместных проектов создаст тысячи новых рабочих мест",
            "Мы готовы поделиться опытом цифровой трансформации государственного управления",
            "Гуманитарные связи являются прочной основой нашего партнерства"])
        pool = [
            f"Дипломатические отношения между {a[4]} и {b[4]} установлены в {self.r.randint(1991, 1999)} году.",
            f"{cap(a[5])} работают {self.r.randint(12, 900)} предприятий с участием капитала {b[2]}.",
            f"Объем накопленных {b[7]} инвестиций в экономику {a[2]} составил {money}.",
            f"«{quote}», — подчеркнул {self.person(self.pick(list(TITLES)), self.pick([a, b]))['short']}.",
            f"Было отмечено, что {a[7][:-2]}ие и {b[7][:-2]}ие компании реализуют {self.r.randint(3, 80)} совместных "
            f"проектов на общую сумму {self.money(50, 12000)[0]}.",
            f"Отдельное внимание уделено вопросам {self.pick(SECTORS_RU[sec])}.",
            f"Ранее, {self.r.randint(1, 28)} {MONTHS[self.r.randint(0, 11)]} "
            f"{d.year - self.r.randint(1, 3)} года, стороны подписали {self.pick(DOCS)}.",
            f"Между {a[8].replace('Москва', 'Москвой').replace('Астана', 'Астаной').replace('Анкара', 'Анкарой')} и "
            f"{b[8].replace('Москва', 'Москвой').replace('Астана', 'Астаной').replace('Анкара', 'Анкарой')} выполняется "
            f"{self.r.randint(2, 40)} регулярных авиарейсов в неделю.",
            f"За {self.r.randint(2, 11)} месяцев {d.year} года {a[5]} побывали более {self.r.randint(5, 400)} тысяч "
            f"туристов из {b[2]}.",
            f"В {d.year - 1} году в вузах {a[2]} обучались {self.r.randint(200, 30000)} студентов из {b[2]}.",
        ]
        return self.r.sample(pool, self.r.randint(3, 7))

    def document(self, i: int, en_share: float) -> dict:
        a, b = self.pair()
        d = date(2024, 1, 1) + timedelta(days=self.r.randint(0, 900))
        if self.r.random() < en_share:
            title, paras = self.english(a, b, d)
            extra = [
                f"Diplomatic relations between {a[10]} and {b[10]} were established in {self.r.randint(1991, 1999)}.",
                f"More than {self.r.randint(20, 900)} companies with {b[11]} capital operate in {a[10]}.",
                f"The ministers also discussed preparations for the visit of the President of {b[10]} to {a[12]}.",
                f"{b[11]} investment in {a[10]} has reached {self.money(50, 9000)[1]} since {self.r.randint(2000, 2015)}.",
                f"The sides noted the launch of a direct flight between {a[12]} and {b[12]} with "
                f"{self.r.randint(2, 14)} flights a week.",
                f"A business forum held alongside the talks brought together {self.r.randint(80, 500)} companies.",
            ]
            for x in self.r.sample(extra, self.r.randint(2, 4)):
                paras.insert(self.r.randint(1, len(paras)), x)
            lang = "en"
        else:
            kind = self.pick(self.RU)
            title, paras = getattr(self, kind)(a, b, d)
            for extra in self.extras(a, b, d):
                paras.insert(self.r.randint(1, len(paras)), extra)
            if self.r.random() < 0.3:   # an agency-style dateline
                paras[0] = f"{self.pick([a, b])[8].upper()}, {d.day} {MONTHS[d.month - 1]}. " + paras[0]
            lang = "ru"
        text = title + "\n\n" + "\n\n".join(paras)
        return {"id": f"gen{i:06d}", "date": d.isoformat(), "lang": lang,
                "url": f"https://press.example/{lang}/news/{i}", "title": title, "text": text}


def generate(n: int, seed: int = 1, en_share: float = 0.15):
    """``n`` documents with distinct texts."""
    g = Gen(seed)
    seen, i = set(), 0
    while len(seen) < n:
        doc = g.document(i, en_share)
        i += 1
        h = hashlib.sha256(" ".join(doc["text"].split()).encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        yield doc


def write_jsonl(path: Path, n: int, seed: int = 1, en_share: float = 0.15) -> Path:
    """``n`` generated documents written to ``path`` as JSON Lines (benches and tests)."""
    with path.open("w", encoding="utf-8") as fh:
        for doc in generate(n, seed, en_share):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--en", type=float, default=0.15, help="share of English documents")
    ap.add_argument("--out", type=Path, default=None, help="JSONL file (default: stdout)")
    args = ap.parse_args(argv)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
    sink = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for doc in generate(args.n, args.seed, args.en):
            sink.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            sink.close()


if __name__ == "__main__":
    main()
