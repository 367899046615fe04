"""The service-error sentences for message templates, surveys and signatures (services/template_admin.py, survey_admin.py, signatures.py); messages.py merges DETAIL into its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - for the entries

# detail code (the error's first argument) -> sentence; %1 is details["limit"], %2 details["value"].
DETAIL: dict[str, str] = {
    # Template categories (services/template_admin.py)
    "category_name_required": QT_TRANSLATE_NOOP("Messages", "Give the category a name."),
    "category_name_too_long": QT_TRANSLATE_NOOP("Messages", "The category name is too long: at most %1 characters."),
    "category_name_taken": QT_TRANSLATE_NOOP("Messages", "There is already a category called “%2”."),
    "category_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The category “%2” still has %1 template(s). Move them to another category first, or delete "
        "it with its templates moved to “No category”."),
    "category_missing": QT_TRANSLATE_NOOP(
        "Messages", "That category no longer exists: someone may have deleted it. The list has been refreshed."),
    "category_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else changed the category “%2” after you loaded it. The list has been refreshed: "
        "try again."),
    # Message templates
    "template_name_required": QT_TRANSLATE_NOOP("Messages", "Give the template a name."),
    "template_name_too_long": QT_TRANSLATE_NOOP("Messages", "The template name is too long: at most %1 characters."),
    "template_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "This category already has a template called “%2”. Choose another name."),
    "template_language": QT_TRANSLATE_NOOP("Messages", "Choose English or Spanish for the template."),
    "template_subject_too_long": QT_TRANSLATE_NOOP("Messages", "The subject is too long: at most %1 characters."),
    "template_subject_one_line": QT_TRANSLATE_NOOP("Messages", "The subject must fit on one line."),
    "template_body_required": QT_TRANSLATE_NOOP("Messages", "Write the template's text."),
    "template_body_too_long": QT_TRANSLATE_NOOP("Messages", "The text is too long: at most %1 characters."),
    "template_syntax": QT_TRANSLATE_NOOP(
        "Messages", "There is a mistake on line %1 (%2). Check that every {{ has its }} and every {% if %} "
        "its {% endif %}."),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "Messages", "“%2” is not a field a template can use. Pick one from Insert placeholder."),
    "template_campaign_missing": QT_TRANSLATE_NOOP(
        "Messages", "That campaign no longer exists. Choose another campaign or every campaign."),
    "template_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved the template “%2” after you opened it. Your text is still in the form: "
        "save again to replace theirs, or choose the template in the list to see theirs."),
    # Surveys (services/survey_admin.py)
    "survey_name_required": QT_TRANSLATE_NOOP("Messages", "Give the survey a name."),
    "survey_name_too_long": QT_TRANSLATE_NOOP("Messages", "The survey name is too long: at most %1 characters."),
    "survey_link_required": QT_TRANSLATE_NOOP("Messages", "Enter the survey's link."),
    "survey_link_too_long": QT_TRANSLATE_NOOP("Messages", "The link is too long: at most %1 characters."),
    "survey_link_no_token": QT_TRANSLATE_NOOP(
        "Messages", "The link must carry the ticket's token: add {{ token }} where the survey expects it."),
    "survey_link_not_web": QT_TRANSLATE_NOOP(
        "Messages", "The link must be a web address starting with https:// (it would come out as %2)."),
    "survey_link_syntax": QT_TRANSLATE_NOOP(
        "Messages", "The link has a mistake (%2). Check that every {{ has its }}."),
    "survey_link_unknown": QT_TRANSLATE_NOOP(
        "Messages", "“%2” cannot go in a survey link: use {{ token }} and, if you like, {{ ticket.number }}."),
    "survey_campaign_missing": QT_TRANSLATE_NOOP(
        "Messages", "That campaign no longer exists. Choose another campaign or every campaign."),
    "survey_campaign_taken": QT_TRANSLATE_NOOP(
        "Messages", "The campaign “%2” already has a survey. Edit that one, or delete it first."),
    "survey_all_taken": QT_TRANSLATE_NOOP(
        "Messages", "There is already a survey for every campaign (“%2”). Edit that one, or choose a campaign."),
    "survey_missing": QT_TRANSLATE_NOOP(
        "Messages", "That survey no longer exists: someone may have deleted it. The list has been refreshed."),
    "survey_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved the survey “%2” after you opened it. Your changes are still in the form: "
        "save again to replace theirs, or choose the survey in the list to see theirs."),
    # Signatures (services/signatures.py)
    "signature_not_yours": QT_TRANSLATE_NOOP(
        "Messages", "Only administrators may change another user's signature."),
    "signature_user_missing": QT_TRANSLATE_NOOP("Messages", "That user no longer exists."),
    "signature_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The signature is too long: at most %1 characters of formatted text. Remove pasted "
        "content or large tables."),
    "signature_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else changed %2's details after you opened this window. Your signature is still "
        "here: save again to keep it."),
}
