"""The dashboard's two languages: a small message catalogue and how a request picks one.

``?lang=ru|en`` wins (and is remembered in a cookie), then that cookie, then the browser's
Accept-Language, then Russian. Labels the catalogue lacks show their key, so a missing
translation is visible rather than blank.
"""
from __future__ import annotations

from fastapi import Request

LANGS = ("ru", "en")
LANG_COOKIE = "accords_lang"

MESSAGES: dict[str, tuple[str, str]] = {   # key: (ru, en)
    "app": ("Accords", "Accords"),
    "home": ("Главная", "Home"),
    "commitments": ("Обязательства", "Commitments"),
    "search": ("Поиск", "Search"),
    "login": ("Вход", "Sign in"),
    "logout": ("Выйти", "Sign out"),
    "token": ("Токен", "Token"),
    "signed_in_as": ("Вы вошли как", "Signed in as"),
    "login_help": ("Введите токен, выданный командой `accords token create`. Он хранится в "
                   "cookie этого браузера.", "Enter a token made with `accords token create`. "
                   "It is kept in a cookie of this browser."),
    "bad_token": ("Токен не подошёл.", "The token was not accepted."),
    "latest_documents": ("Последние документы", "Latest documents"),
    "active_pairs": ("Самые активные пары стран", "Most active country pairs"),
    "commitments_by_status": ("Обязательства по статусам", "Commitments by status"),
    "documents": ("Документы", "Documents"),
    "n_documents": ("документов", "documents"),
    "timeline": ("Хроника событий", "Timeline of events"),
    "figures": ("Торговые и денежные показатели", "Trade and money figures"),
    "people": ("Люди", "People"),
    "period": ("Период", "Period"),
    "metric": ("Показатель", "Metric"),
    "kind": ("Вид", "Kind"),
    "value": ("Значение", "Value"),
    "sources": ("Источники", "Sources"),
    "conflict": ("источники расходятся", "sources disagree"),
    "text": ("Текст", "Text"),
    "record": ("Запись", "Record"),
    "other_sources": ("Другие источники", "Other sources"),
    "same_story": ("та же новость", "same story"),
    "same_event": ("то же событие", "same event"),
    "country": ("Страна", "Country"),
    "sector": ("Отрасль", "Sector"),
    "modality": ("Модальность", "Modality"),
    "status": ("Статус", "Status"),
    "deadline": ("Срок", "Deadline"),
    "deadline_before": ("Срок до", "Deadline by"),
    "actor": ("Кто", "Who"),
    "what": ("Что", "What"),
    "document": ("Документ", "Document"),
    "date": ("Дата", "Date"),
    "any": ("любой", "any"),
    "filter": ("Показать", "Filter"),
    "set_status": ("Изменить статус", "Set status"),
    "note": ("Примечание", "Note"),
    "save": ("Сохранить", "Save"),
    "audit": ("История изменений", "Audit trail"),
    "links": ("Свидетельства", "Evidence links"),
    "accept": ("Принять", "Accept"),
    "reject": ("Отклонить", "Reject"),
    "need_login": ("Чтобы менять данные, войдите с токеном редактора.",
                   "Sign in with an editor token to change anything."),
    "no_tracking": ("Отслеживание обязательств не установлено: статус выводится из срока.",
                    "Commitment tracking is not installed: status is derived from the deadline."),
    "event_type": ("Тип события", "Event type"),
    "year": ("Год", "Year"),
    "query": ("Запрос", "Query"),
    "nothing": ("Ничего не найдено.", "Nothing found."),
    "json": ("JSON этой страницы", "This page as JSON"),
    "api_docs": ("API", "API"),
    "next": ("Дальше", "Next"),
    "prev": ("Назад", "Previous"),
    "open": ("открыто", "open"),
    "in_progress": ("выполняется", "in progress"),
    "fulfilled": ("выполнено", "fulfilled"),
    "contradicted": ("опровергнуто", "contradicted"),
    "dropped": ("снято", "dropped"),
    "overdue": ("просрочено", "overdue"),
    "actual": ("факт", "actual"),
    "target": ("цель", "target"),
    "forecast": ("прогноз", "forecast"),
    "saved": ("Сохранено.", "Saved."),
    "error": ("Ошибка", "Error"),
    "not_found": ("Не найдено", "Not found"),
}


def pick_lang(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked
    kept = request.cookies.get(LANG_COOKIE)
    if kept in LANGS:
        return kept
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGS:
            return code
    return "ru"


def translator(lang: str):
    """``t('key')`` in templates: the message in ``lang``, or the key itself."""
    i = LANGS.index(lang) if lang in LANGS else 0

    def t(key: str) -> str:
        pair = MESSAGES.get(key)
        return pair[i] if pair else key
    return t


_NAMES: dict[str, dict[str, str]] = {}


def country_name(code: str | None, lang: str) -> str:
    """A state's name in the interface language: the lexicon's first (pycountry's common) name."""
    if not code:
        return ""
    if lang not in _NAMES:
        from ..lexicon import rows

        names: dict[str, str] = {}
        for row in rows(f"states.{lang}.tsv"):
            if len(row) >= 3 and row[1] == "name":
                names.setdefault(row[0], row[2])
        _NAMES[lang] = names
    return _NAMES[lang].get(code, code)
