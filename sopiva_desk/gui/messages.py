"""Translations of the message keys that the domain and services return.

The domain never builds user-visible text; it returns keys (``Issue.key``,
``KnownError.key``) which are looked up here. Placeholders use ``{name}`` and
``str.format`` after translation, never f-strings.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopiva_desk.domain.issues import Issue

CONTEXT = "Messages"

_CATALOGUE: dict[str, str] = {
    # field rules
    "field.required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "field.too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters."),
    "field.control_chars": QT_TRANSLATE_NOOP("Messages", "Remove the invisible control characters."),
    "field.choice": QT_TRANSLATE_NOOP("Messages", "Choose a value from the list."),
    "field.range": QT_TRANSLATE_NOOP("Messages", "Enter a number from {min} to {max}."),
    "field.too_many": QT_TRANSLATE_NOOP("Messages", "Too many rows: at most {max}."),
    "number.format": QT_TRANSLATE_NOOP("Messages", "Enter a number, e.g. 12 or 7,5."),
    "number.decimals": QT_TRANSLATE_NOOP("Messages", "Use at most {decimals} decimals."),
    "assessment.locked": QT_TRANSLATE_NOOP(
        "Messages", "This assessment is completed and locked. Amend it to make changes."),
    "assessment.not_completed": QT_TRANSLATE_NOOP("Messages", "Only a completed assessment can be amended."),
    # supported decision-making
    "decision.locked": QT_TRANSLATE_NOOP(
        "Messages", "This decision-making session is completed and locked. Amend it to make changes."),
    "decision.not_completed": QT_TRANSLATE_NOOP(
        "Messages", "Only a completed decision-making session can be amended."),
    "decision.methods_missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one way the decision-making was supported."),
    "decision.options_missing": QT_TRANSLATE_NOOP("Messages", "Add at least one option shown to the client."),
    "decision.will_not_recorded": QT_TRANSLATE_NOOP(
        "Messages", "Record how the client's will was found out, or the questions asked and the answers."),
    "decision.agreement_missing": QT_TRANSLATE_NOOP("Messages", "Record whether the client agrees with the decision."),
    "decision.reason_missing": QT_TRANSLATE_NOOP(
        "Messages", "Record why the client could not express a view on the decision."),
    "name.no_letters": QT_TRANSLATE_NOOP("Messages", "A name must contain letters."),
    "name.digits": QT_TRANSLATE_NOOP("Messages", "A name cannot contain digits. Was this meant for another field?"),
    "phone.format": QT_TRANSLATE_NOOP("Messages", "Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567."),
    "postal_code.format": QT_TRANSLATE_NOOP("Messages", "A postal code has five digits, e.g. 50100."),
    "date.format": QT_TRANSLATE_NOOP("Messages", "Write the date as d.m.yyyy, e.g. 7.12.2026."),
    "date.year_digits": QT_TRANSLATE_NOOP("Messages", "Write the year with four digits, e.g. 7.12.2026."),
    "date.no_such_month": QT_TRANSLATE_NOOP("Messages", "{text} is not a date: a year has 12 months."),
    "date.no_such_day": QT_TRANSLATE_NOOP("Messages", "{text} is not a date: that month has {days} days."),
    "date.future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."),
    "date.too_old": QT_TRANSLATE_NOOP("Messages", "The date is more than 130 years ago."),
    "time.format": QT_TRANSLATE_NOOP("Messages", "Enter a time as hh.mm, e.g. 9.30 or 14.00."),
    "visit.planned_in_past": QT_TRANSLATE_NOOP("Messages", "A visit can be planned for today or a later day."),
    "visit.planned_too_far": QT_TRANSLATE_NOOP("Messages", "A visit can be planned at most two years ahead."),
    "visit.not_planned": QT_TRANSLATE_NOOP(
        "Messages", "This visit is no longer planned: it has been started or cancelled."),
    "visit.not_started": QT_TRANSLATE_NOOP("Messages", "This visit has not been started, so it cannot be ended."),
    "visit.cancelled": QT_TRANSLATE_NOOP("Messages", "This visit was cancelled and can no longer be changed."),
    "temporary_id.format": QT_TRANSLATE_NOOP(
        "Messages", "Use 3–30 letters, digits or hyphens, e.g. TMP-7K3M-Q9XD."),
    "client.identity_missing": QT_TRANSLATE_NOOP(
        "Messages", "Enter the identity code, or a temporary identifier if the code is not known."),
    # identity codes
    "hetu.empty": QT_TRANSLATE_NOOP("Messages", "Enter the identity code."),
    "hetu.length": QT_TRANSLATE_NOOP("Messages", "An identity code has 11 characters, e.g. 131052-308T."),
    "hetu.format": QT_TRANSLATE_NOOP("Messages", "The identity code is not in the form ddmmyy-nnnX."),
    "hetu.century_sign": QT_TRANSLATE_NOOP(
        "Messages", "The 7th character must be a century sign: + - Y X W V U A B C D E F."),
    "hetu.date": QT_TRANSLATE_NOOP("Messages", "The identity code does not begin with a real date."),
    "hetu.individual_number": QT_TRANSLATE_NOOP("Messages", "Individual numbers 000 and 001 are not used."),
    "hetu.checksum": QT_TRANSLATE_NOOP(
        "Messages", "The check character does not match. Check the code for a typing error."),
    "hetu.future": QT_TRANSLATE_NOOP("Messages", "The identity code gives a birth date in the future."),
    "hetu.duplicate": QT_TRANSLATE_NOOP("Messages", "Another client already has this identity code."),
    # passphrases
    "passphrase.empty": QT_TRANSLATE_NOOP("Messages", "Enter a passphrase."),
    "passphrase.too_short": QT_TRANSLATE_NOOP("Messages", "Use at least 12 characters."),
    "passphrase.weak": QT_TRANSLATE_NOOP(
        "Messages", "Too easy to guess. Add a few more unrelated words of your own."),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("Messages", "The passphrases do not match."),
    "assessment.draft_open": QT_TRANSLATE_NOOP(
        "Messages", "This client has a needs assessment in draft: continue it, or start another deliberately."),
    "visit.already_open": QT_TRANSLATE_NOOP(
        "Messages", "A visit with this client is still open. Continue it, or start a new one deliberately."),
    # what is due in a case
    "due.visit_open": QT_TRANSLATE_NOOP("Messages", "A visit is still open: end it to see its summary."),
    "due.visit_planned": QT_TRANSLATE_NOOP("Messages", "A visit is planned for {since}."),
    "due.visit_planned_missed": QT_TRANSLATE_NOOP(
        "Messages", "The visit planned for {since} was not started: start, move or cancel it."),
    "due.assessment_draft": QT_TRANSLATE_NOOP("Messages", "Draft assessment from {since} is unfinished."),
    "due.assessment_amendment": QT_TRANSLATE_NOOP(
        "Messages", "Amendment (version {version}) from {since} is unfinished."),
    "due.assessment_missing": QT_TRANSLATE_NOOP(
        "Messages", "No service-needs assessment yet. Start one during a visit or with New assessment."),
    "due.plan": QT_TRANSLATE_NOOP("Messages", "Assessment completed on {since}. Next: the client plan."),
    "due.plan_draft": QT_TRANSLATE_NOOP("Messages", "Draft plan (version {version}) from {since} is not agreed yet."),
    "due.plan_review": QT_TRANSLATE_NOOP("Messages", "The plan's review was due on {since}."),
    "due.session_draft": QT_TRANSLATE_NOOP(
        "Messages", "A decision-making session started on {since} is unfinished."),
    "due.session_follow_up": QT_TRANSLATE_NOOP("Messages", "Follow up the decision-making session by {since}."),
    # errors the user can act on
    "unlock.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase. Check Caps Lock and try again."),
    "unlock.throttled": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong attempts. You can try again in {seconds} seconds."),
    "store.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file of this profile is damaged. Sopiva Desk has not changed it and writes nothing into it."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Not done: the data file of this profile is damaged, so Sopiva Desk writes nothing into it, not even "
        "the access log entry that opening client information needs. What you typed stays on screen until you "
        "lock or close Sopiva Desk. Tell IT support."),
    "store.other_profile": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file in this profile's folder belongs to another profile: the files have been swapped or "
        "copied. It has not been opened or changed. Ask IT support to put the right file back."),
    "profile.key_file_other_profile": QT_TRANSLATE_NOOP(
        "Messages",
        "This profile's key file belongs to another profile: the files have been swapped or copied. Your "
        "passphrase was not tried and no failed attempt was counted. Ask IT support to put the right file back."),
    "store.missing": QT_TRANSLATE_NOOP(
        "Messages", "The data file of this profile is missing. Contact IT support."),
    "store.not_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file of this profile is not encrypted, so it was not written by Sopiva Desk. "
        "It has not been opened. Contact IT support."),
    "profile.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The profile settings file cannot be read. Contact IT support."),
    "recovery.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The recovery key or its password is wrong, or it belongs to another organisation."),
    "disk.full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Your last change was not saved; free some space and it will be saved again."),
    "disk.io_error": QT_TRANSLATE_NOOP(
        "Messages", "The data file could not be read or written. Check the disk and try again."),
    # backup, restore and re-key (services/backup.py, services/backup_restore.py)
    "backup.invalid": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Sopiva Desk backup, or it is damaged or incomplete. Nothing was "
        "created. Choose another backup file."),
    "backup.newer_format": QT_TRANSLATE_NOOP(
        "Messages", "This backup was made by a newer version of Sopiva Desk. Update the app and try again."),
    "backup.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "The backup folder cannot be found. Is the USB drive or network folder connected? "
        "Choose the folder again in Settings if it has moved."),
    "backup.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The backup did not fit: the disk or drive is full. Free some space or choose another "
        "folder. Your data is unchanged."),
    "backup.check_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup was written but did not pass its check, so it was not kept. The earlier "
        "backup is as it was. Try again; if it fails again, contact IT support."),
    "rekey.profile_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The profile is open in Sopiva Desk. Lock or close the app, then try again."),
    "rekey.recovery_key_missing": QT_TRANSLATE_NOOP(
        "Messages", "The organisation's recovery key is not on this computer, so the recovery envelope "
        "could not be sealed again. Nothing was changed. Contact IT support."),
    "disk.read_only": QT_TRANSLATE_NOOP(
        "Messages", "The data folder is read-only, so nothing can be saved. Ask IT support to make it "
                    "writable; what you typed stays here and is saved once it is."),
    "record.gone": QT_TRANSLATE_NOOP("Messages", "This record no longer exists. It may have been removed."),
    # money, personal budget and client plan (domain/money.py, budget.py, plans.py)
    "money.format": QT_TRANSLATE_NOOP("Messages", "Enter an amount in euros, e.g. 1 234,50."),
    "money.negative": QT_TRANSLATE_NOOP("Messages", "An amount cannot be negative."),
    "money.too_large": QT_TRANSLATE_NOOP("Messages", "Too large: at most {max}."),
    "quantity.negative": QT_TRANSLATE_NOOP("Messages", "A quantity cannot be negative."),
    "quantity.too_large": QT_TRANSLATE_NOOP("Messages", "Too large a quantity: at most {max}."),
    "date.order": QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date."),
    "budget.method_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose payment commitment, service voucher, purchased service or own production. "
        "Money is never paid to the client."),
    "budget.payee_client": QT_TRANSLATE_NOOP(
        "Messages", "The client cannot be the payee: money goes to the service provider, never to the client."),
    "budget.period_too_long": QT_TRANSLATE_NOOP("Messages", "A budget period can be at most {years} years."),
    "budget.quantity_over_period": QT_TRANSLATE_NOOP("Messages", "More than the period can hold: at most {max}."),
    "budget.support_unknown": QT_TRANSLATE_NOOP(
        "Messages", "This line refers to a support that is not in the client plan."),
    "budget.lines_missing": QT_TRANSLATE_NOOP("Messages", "Add at least one budget line."),
    "budget.justification_required": QT_TRANSLATE_NOOP(
        "Messages", "The budget is over the reference cost: write a justification before it is decided."),
    "budget.state_transition": QT_TRANSLATE_NOOP(
        "Messages", "This change of state is not possible: a budget goes from indicative to decided to closed."),
    "budget.locked": QT_TRANSLATE_NOOP("Messages", "This budget is decided and locked. A change needs a new decision."),
    "budget.closed": QT_TRANSLATE_NOOP("Messages", "This budget is closed and can no longer be changed."),
    "budget.not_decided": QT_TRANSLATE_NOOP("Messages", "Use can be recorded only after the budget is decided."),
    "budget.use_line_unknown": QT_TRANSLATE_NOOP("Messages", "This use is not linked to any line of the budget."),
    "budget.commitment_unknown": QT_TRANSLATE_NOOP("Messages", "No payment commitment has this number."),
    "budget.over_use": QT_TRANSLATE_NOOP("Messages", "Over-used: {realised} used of {allocated}."),
    "budget.under_use": QT_TRANSLATE_NOOP(
        "Messages", "Clearly under-used: {realised} used, under {percent} % of the {expected} expected by now."),
    "budget.commitment_exceeded": QT_TRANSLATE_NOOP(
        "Messages", "Payment commitment {number} is exceeded: {used} used of at most {max}."),
    "budget.use_outside_commitment_validity": QT_TRANSLATE_NOOP(
        "Messages", "This use is dated outside the validity of payment commitment {number}."),
    "budget.commitment_number_taken": QT_TRANSLATE_NOOP(
        "Messages", "This budget already has a payment commitment with this number."),
    "budget.use_outside_period": QT_TRANSLATE_NOOP("Messages", "This use is dated outside the budget period."),
    "budget.ahead_of_time": QT_TRANSLATE_NOOP(
        "Messages",
        "Used ahead of time: {realised} used, {expected} expected by now. At this pace the money runs out "
        "around {runs_out}."),
    "budget.amount_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "The units at the line's unit price make {computed}, not {amount}: write why the amount "
        "differs, or correct it."),
    "budget.overlap_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "The period overlaps the client's budget of {start}–{end}: write why two budgets are "
        "needed for the same days, or choose a period that starts after it ends."),
    "budget.commitment_in_use": QT_TRANSLATE_NOOP(
        "Messages", "Realised use is recorded under this payment commitment: correct or cancel those entries "
        "first."),
    "plan.role_map_client": QT_TRANSLATE_NOOP(
        "Messages", "The role map must list the client exactly once (now {count})."),
    "plan.role_map_own_worker": QT_TRANSLATE_NOOP("Messages", "Add the own worker to the role map."),
    "plan.role_duplicate": QT_TRANSLATE_NOOP("Messages", "This person is already in the role map in the same role."),
    "plan.role_tasks_missing": QT_TRANSLATE_NOOP("Messages", "Write this person's tasks in the plan."),
    "plan.provider_not_in_role_map": QT_TRANSLATE_NOOP(
        "Messages", "{name} provides a support but is not in the role map: add them with their tasks."),
    "plan.goals_missing": QT_TRANSLATE_NOOP("Messages", "Add at least one goal in the client's own words."),
    "plan.rights_not_explained": QT_TRANSLATE_NOOP(
        "Messages", "Record that the client was given an explanation of their rights and options."),
    "plan.review_not_after_meeting": QT_TRANSLATE_NOOP("Messages", "The review date must be after the meeting date."),
    "plan.target_not_after_meeting": QT_TRANSLATE_NOOP("Messages", "The target date must be after the meeting date."),
    "plan.locked": QT_TRANSLATE_NOOP("Messages", "This version of the plan is locked. Make changes in a new version."),
    "plan.draft_exists": QT_TRANSLATE_NOOP("Messages", "A draft of the plan is already open: continue it."),
    "plan.assessment_missing": QT_TRANSLATE_NOOP(
        "Messages", "The client has no completed needs assessment yet. Complete it first, or write these yourself."),
    # sync with the central records (services/sync/errors.py)
    # purge by policy: why a closed case stays on this computer
    "purge.not_enrolled": QT_TRANSLATE_NOOP("Messages", "This computer does not sync with the central records."),
    "purge.never_synced": QT_TRANSLATE_NOOP("Messages", "Not yet on the central records server."),
    "purge.pending": QT_TRANSLATE_NOOP("Messages", "Changes waiting to be sent."),
    "purge.rejected": QT_TRANSLATE_NOOP("Messages", "Changes refused by the server."),
    "purge.conflict": QT_TRANSLATE_NOOP("Messages", "A conflict waiting for a decision."),
    "purge.draft": QT_TRANSLATE_NOOP("Messages", "A value typed but not yet saved."),
    "purge.changed_since_sync": QT_TRANSLATE_NOOP("Messages", "Changed on this computer since the last sync."),
    "purge.too_recent": QT_TRANSLATE_NOOP("Messages", "Closed more recently than the setting allows."),
    "purge.policy_choice": QT_TRANSLATE_NOOP("Messages", "Choose off, 30, 90 or 180 days."),
    "sync.failed": QT_TRANSLATE_NOOP("Messages", "Syncing with the central records failed."),
    "conflict.already_resolved": QT_TRANSLATE_NOOP(
        "Messages", "This conflict was already resolved, on this or another device. The list has been updated."),
    "sync.bad_address": QT_TRANSLATE_NOOP(
        "Messages", "{url} is not a server address. Write it as https://records.example.fi."),
    "sync.insecure_address": QT_TRANSLATE_NOOP(
        "Messages", "{url} is not a secure address. The central records can only be reached over https."),
    "sync.offline": QT_TRANSLATE_NOOP(
        "Messages", "The central records cannot be reached. Check the network connection and try again. "
        "Your changes are kept on this computer."),
    "sync.connection_lost": QT_TRANSLATE_NOOP(
        "Messages", "The connection to the central records broke. Try again: nothing is lost or sent twice."),
    "sync.timeout": QT_TRANSLATE_NOOP(
        "Messages", "The central records did not answer in time. Try again when the connection is better."),
    "sync.name_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The server {host} was not found. Check the address and the network connection."),
    "sync.certificate": QT_TRANSLATE_NOOP(
        "Messages", "The server's security certificate is not trusted, so nothing was sent. Contact IT support."),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This computer is not yet connected to the central records. Ask IT support for an enrolment code."),
    "sync.enrolled_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "This profile is already connected to another server ({url})."),
    "sync.enrolled_as_other_user": QT_TRANSLATE_NOOP(
        "Messages", "The enrolment code was made for another user ({user}). Ask IT support for your own code."),
    "sync.enrolment_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The enrolment code is wrong, already used or expired. Ask IT support for a new code."),
    "sync.too_many_attempts": QT_TRANSLATE_NOOP(
        "Messages", "Too many attempts. Try again in {retry_after} seconds."),
    "sync.device_revoked": QT_TRANSLATE_NOOP(
        "Messages", "This computer's access to the central records has been revoked. Contact IT support. "
        "Your changes are kept on this computer."),
    "sync.device_revoked_contact": QT_TRANSLATE_NOOP(
        "Messages", "This computer's access to the central records has been revoked, so it no longer syncs. "
        "Contact {contact}. Your changes are kept on this computer."),
    "sync.device_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The central records do not recognise this computer. Ask IT support to enrol it again."),
    "sync.clock_skew": QT_TRANSLATE_NOOP(
        "Messages", "This computer's clock is wrong (server time {server_time}, this computer {device_time}). "
        "Correct the date and time, then try again."),
    "sync.refused": QT_TRANSLATE_NOOP(
        "Messages", "The central records refused the request. Your changes are kept on this computer. "
        "Contact IT support and give them this detail: {detail}"),
    "sync.server_error": QT_TRANSLATE_NOOP(
        "Messages", "The central records had a problem (error {status}). Try again later."),
    # why the central records refused one change (the outcome's reason), and what to do
    "sync.rejected.out_of_scope": QT_TRANSLATE_NOOP(
        "Messages", "The client is not assigned to you in the central records. If the client is assigned to you "
        "again, the change is sent by itself; otherwise ask your supervisor."),
    "sync.rejected.purged": QT_TRANSLATE_NOOP(
        "Messages", "The client's records have been removed from the central records for good, so the change "
        "cannot be sent. Contact IT support if it is still needed."),
    "sync.rejected.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The central records could not accept the change as it is. Contact IT support."),
    "sync.rejected.append_only": QT_TRANSLATE_NOOP(
        "Messages", "A history entry cannot be changed afterwards. Contact IT support."),
    "sync.rejected.unknown_entity": QT_TRANSLATE_NOOP(
        "Messages", "The central records do not know this kind of record; the server may be older than this "
        "app. Contact IT support."),
    "sync.rejected.duplicate_identity_code": QT_TRANSLATE_NOOP(
        "Messages", "The central records already have a client with this identity code. Check the code: if it was "
        "mistyped, correct it and the client is sent at the next sync. If it is the same person, the client is "
        "already in the central records: remove this copy, and the client comes to this computer at the next "
        "sync (ask your supervisor to assign the client to you if needed). What you wrote stays in the removed "
        "copy."),
    "sync.rejected.duplicate_commitment_number": QT_TRANSLATE_NOOP(
        "Messages", "The budget already has a payment commitment with this number in the central records, made on "
        "another computer. If this is another commitment, correct its number; if it is the same one, cancel this "
        "copy. The change is sent at the next sync, and the other commitment then comes to this computer."),
    "sync.rejected.other": QT_TRANSLATE_NOOP(
        "Messages", "The central records refused the change ({reason}). Contact IT support."),
    "error.unknown": QT_TRANSLATE_NOOP("Messages", "Something went wrong."),
    # plan reviews (domain/reviews.py, services/reviews.py)
    "review.plan_not_agreed": QT_TRANSLATE_NOOP("Messages", "A review can be started only for an agreed plan."),
    "review.goals_missing": QT_TRANSLATE_NOOP("Messages", "The plan has no goals to review."),
    "review.before_agreement": QT_TRANSLATE_NOOP(
        "Messages", "The review date cannot be before the plan was agreed."),
    "review.goal_unknown": QT_TRANSLATE_NOOP("Messages", "This goal is not in the reviewed plan."),
    "review.professional_rating_missing": QT_TRANSLATE_NOOP(
        "Messages", "Give your own rating of how far this goal has been reached."),
    "review.client_answer_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The client has not rated every goal or answered “How are things?”: write in the notes why, "
        "e.g. the client did not want to answer today."),
    "review.locked": QT_TRANSLATE_NOOP("Messages", "This review is completed and locked."),
    "review.draft_exists": QT_TRANSLATE_NOOP("Messages", "A review is already open for this client: continue it."),
    # documents (services/documents/export.py, queue.py, disclosures.py)
    "documents.export_failed": QT_TRANSLATE_NOOP(
        "Messages", "The PDF could not be saved there. Check that the folder exists, or choose another place."),
    "documents.export_denied": QT_TRANSLATE_NOOP(
        "Messages", "You may not save files in that folder. Choose another place, e.g. your Documents folder."),
    "documents.export_disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full, so the PDF was not saved. Free some space or choose another place."),
    "documents.password_too_long": QT_TRANSLATE_NOOP("Messages", "Too long a password: at most {max} characters."),
    "print_queue.not_queued": QT_TRANSLATE_NOOP(
        "Messages", "This document is no longer waiting in the print queue: someone printed or removed it."),
    "disclosure.law_missing": QT_TRANSLATE_NOOP(
        "Messages", "Name the law and section that allows the disclosure, e.g. Client Data Act 703/2023 § 17."),
    "disclosure.data_missing": QT_TRANSLATE_NOOP(
        "Messages", "Say what was disclosed, e.g. the dates of the home visits, or a copy of the needs assessment."),
    # the client's access report (services/access_report.py)
    "report.period_order": QT_TRANSLATE_NOOP("Messages", "The start of the period must come before its end."),
    # the organisation's letterhead (domain/letterhead.py, services/letterhead.py)
    "letterhead.email_format": QT_TRANSLATE_NOOP(
        "Messages", "Enter an e-mail address, e.g. kirjaamo@hyvinvointialue.fi."),
    "letterhead.web_format": QT_TRANSLATE_NOOP("Messages", "Enter a web address, e.g. www.hyvinvointialue.fi."),
    "letterhead.oid_format": QT_TRANSLATE_NOOP(
        "Messages", "Enter the organisation's OID as numbers separated by dots, e.g. 1.2.246.10.12345678."),
    "letterhead.logo_too_large": QT_TRANSLATE_NOOP("Messages", "The logo file is too large: at most {max_kb} KB."),
    "letterhead.logo_format": QT_TRANSLATE_NOOP("Messages", "Choose a PNG or SVG picture as the logo."),
    "letterhead.logo_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The picture cannot be read. Save it again as PNG or SVG and choose it again."),
    "letterhead.logo_size": QT_TRANSLATE_NOOP(
        "Messages", "The logo must be {min}–{max} pixels wide and high."),
    "letterhead.logo_svg_features": QT_TRANSLATE_NOOP(
        "Messages",
        "This SVG uses scripts, entities or pictures from other files, which a document cannot print. "
        "Save it as a plain SVG or as PNG."),
    "letterhead.unknown_key": QT_TRANSLATE_NOOP(
        "Messages", "Not a part of the letterhead. Check the spelling against the administrator guide."),
    "letterhead.not_text": QT_TRANSLATE_NOOP("Messages", "Write this as text in quotation marks."),
    "letterhead.file_format": QT_TRANSLATE_NOOP(
        "Messages", "This is not a letterhead file (TOML, UTF-8). See the administrator guide for an example."),
    "letterhead.locked": QT_TRANSLATE_NOOP(
        "Messages", "Your administrator has set the organisation's details. They cannot be changed here."),
}


# "31.2.2026 is not a date: February has 28 days." One sentence per month, for natural grammar.
_NO_SUCH_DAY: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: January has {days} days."),
    2: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: February has {days} days."),
    3: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: March has {days} days."),
    4: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: April has {days} days."),
    5: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: May has {days} days."),
    6: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: June has {days} days."),
    7: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: July has {days} days."),
    8: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: August has {days} days."),
    9: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: September has {days} days."),
    10: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: October has {days} days."),
    11: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: November has {days} days."),
    12: QT_TRANSLATE_NOOP("Messages", "{text} is not a date: December has {days} days."),
}


def has_message(key: str) -> bool:
    return key in _CATALOGUE


def message(key: str, params: dict[str, Any] | None = None) -> str:
    """The translated text for ``key`` with ``params`` filled in."""
    source = _CATALOGUE.get(key, _CATALOGUE["error.unknown"])
    if key == "date.no_such_day":
        source = _NO_SUCH_DAY.get((params or {}).get("month"), source)  # type: ignore[arg-type]
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return keep_numbers_whole(text.format(**(params or {})))
    except (KeyError, IndexError, ValueError):
        # A translation whose placeholders differ from the source: show the source instead.
        return keep_numbers_whole(source.format(**(params or {})))


_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=\d)")


def keep_numbers_whole(text: str) -> str:
    """No line break inside a number: "1 234,50" and "040 123 4567" get no-break spaces.

    Messages are shown in labels that wrap; an example written with an ordinary space (as
    translators write it) broke as "1 / 234,50" and the layout jumped.
    """
    return _SPACE_IN_NUMBER.sub("\u00a0", text)


def issue_text(issue: Issue) -> str:
    return message(issue.key, issue.params)
