"""The real-text evaluation sets of ``benchmarks/mining_real.py``: which rows, which labels, which split.

Every choice here was made from intent NAMES, the CFPB issue NAMES and the datasets' own
documentation, before any result on TEST was seen; nothing was moved between lists afterwards.

- complaint messages: every CFPB narrative (all are complaints); DSTC11 cancellation and dispute
  intents; BANKING77 intents whose name states a failure, a wrong or unrecognised charge, a refund
  or closing the account; Bitext complaint, payment-problem, registration-problem, refund, order
  cancellation and account deletion intents.
- neutral messages: intents named as a lookup, a purchase, an application, a change of details or
  another plain request/question.
- neither (left out): names that could go either way (a cancel/report/reset action that is not
  leaving, "pending ..." or "... charged" without saying the charge was wrong, lost/stolen/forgotten).

The split is the shared one (``../shared/data/split.py``: ``is_test``), keyed as that file says:
the narrative text for CFPB, ``utterance_id`` for DSTC11, the text for BANKING77 and Bitext.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

BILLING = "pain_point:billing"
REFUND = "churn_signal:refund"
CANCEL = "churn_signal:cancel"
SWITCH = "churn_signal:switch"
RELIABILITY = "pain_point:reliability"

DSTC11_COMPLAINT = {
    "DisputeCharge": {BILLING, REFUND},
    "ReportBillingIssue": {BILLING, REFUND},
    "CancelPlan": {CANCEL, SWITCH},
    "CloseBankAccount": {CANCEL, SWITCH},
    "CloseAccount": {CANCEL, SWITCH},
}
DSTC11_NEITHER = {"CancelAutomaticBilling", "CancelCheck", "ResetPassword", "FileClaim", "ReportAutomobileAccident",
                  "ReportLostStolenCard"}
# every other DSTC11 intent is neutral (GetQuote, PayBill, CheckAccountBalance, FindATM, ApplyLoan, ...)

_CHARGE = {BILLING, REFUND}
BANKING_COMPLAINT: dict[str, set[str] | None] = {
    "transaction_charged_twice": _CHARGE,
    "extra_charge_on_statement": _CHARGE,
    "card_payment_not_recognised": _CHARGE,
    "direct_debit_payment_not_recognised": _CHARGE,
    "cash_withdrawal_not_recognised": _CHARGE,
    "wrong_amount_of_cash_received": _CHARGE,
    "wrong_exchange_rate_for_cash_withdrawal": _CHARGE,
    "card_payment_wrong_exchange_rate": _CHARGE,
    "request_refund": _CHARGE,
    "Refund_not_showing_up": _CHARGE,
    "terminate_account": {CANCEL, SWITCH},
    "card_not_working": {RELIABILITY},
    "contactless_not_working": {RELIABILITY},
    "virtual_card_not_working": {RELIABILITY},
    "declined_card_payment": {BILLING, RELIABILITY},
    "declined_transfer": {BILLING, RELIABILITY},
    "declined_cash_withdrawal": {BILLING, RELIABILITY},
    "failed_transfer": {BILLING, RELIABILITY},
    "top_up_failed": {BILLING, RELIABILITY},
    "top_up_reverted": None,  # None: a complaint, but no category judged
    "transfer_not_received_by_recipient": None,
    "balance_not_updated_after_bank_transfer": None,
    "balance_not_updated_after_cheque_or_cash_deposit": None,
    "card_swallowed": None,
    "pin_blocked": None,
    "unable_to_verify_identity": None,
    "beneficiary_not_allowed": None,
}
BANKING_NEUTRAL = [
    "exchange_rate", "top_up_limits", "age_limit", "visa_or_mastercard", "country_support", "apple_pay_or_google_pay",
    "supported_cards_and_currencies", "fiat_currency_support", "change_pin", "card_delivery_estimate",
    "getting_virtual_card", "get_physical_card", "order_physical_card", "getting_spare_card",
    "get_disposable_virtual_card", "disposable_card_limits", "automatic_top_up", "exchange_via_app", "atm_support",
    "receiving_money", "edit_personal_details", "why_verify_identity", "verify_my_identity", "verify_source_of_funds",
    "verify_top_up", "card_acceptance", "card_linking", "activate_my_card", "topping_up_by_card",
    "top_up_by_bank_transfer_charge", "top_up_by_card_charge", "top_up_by_cash_or_cheque", "transfer_into_account",
    "transfer_timing", "card_about_to_expire",
]
BITEXT_COMPLAINT: dict[str, set[str] | None] = {
    "complaint": None,
    "payment_issue": _CHARGE,
    "registration_problems": {"pain_point:onboarding", RELIABILITY, "pain_point:usability"},
    "get_refund": _CHARGE,
    "cancel_order": {CANCEL},
    "delete_account": {CANCEL},
}
BITEXT_NEUTRAL = [
    "place_order", "change_order", "track_order", "check_invoice", "get_invoice", "check_payment_methods",
    "delivery_options", "delivery_period", "contact_customer_service", "contact_human_agent", "create_account",
    "edit_account", "switch_account", "newsletter_subscription", "set_up_shipping_address", "change_shipping_address",
]

_CFPB_CHARGE = {BILLING, REFUND}
#: CFPB issue -> categories a narrative's main finding may have. Issues not listed are not judged for category
#: (e.g. "Incorrect information on your report": no category of the default taxonomy is about credit reports).
CFPB_ISSUES: dict[str, set[str]] = {
    "Charged fees or interest you didn't expect": _CFPB_CHARGE,
    "Problem when making payments": _CFPB_CHARGE,
    "Money was taken from your bank account on the wrong day or for the wrong amount": _CFPB_CHARGE,
    "Loan payment wasn't credited to your account": _CFPB_CHARGE,
    "Can't stop withdrawals from your bank account": _CFPB_CHARGE | {CANCEL},
    "Problem with a purchase shown on your statement": _CFPB_CHARGE,
    "Problem with a lender or other company charging your account": _CFPB_CHARGE,
    "Trouble during payment process": _CFPB_CHARGE,
    "Fees or interest": _CFPB_CHARGE,
    "Wrong amount charged or received": _CFPB_CHARGE,
    "Problem with the payoff process at the end of the loan": _CFPB_CHARGE,
    "Can't contact lender or servicer": {"pain_point:support"},
    "Closing an account": {CANCEL, SWITCH},
    "Closing your account": {CANCEL, SWITCH},
}

#: Rows per set and split (a deterministic sample: rows sorted by the sha256 of their key).
LIMITS = {"cfpb": 400, "dstc11:complaint": 400, "dstc11:neutral": 400, "banking77:complaint": 400,
          "banking77:neutral": 400, "bitext:complaint": 300, "bitext:neutral": 400}


@dataclass(frozen=True)
class Message:
    set: str  # e.g. "cfpb", "banking77:neutral"
    key: str  # the split key
    label: str  # intent or CFPB issue
    text: str
    complaint: bool
    categories: frozenset[str] | None  # acceptable categories, None where the label cannot judge one


def _is_test(key: str) -> bool:
    sys.path.insert(0, str(SHARED))
    from split import is_test  # type: ignore[import-not-found]

    return bool(is_test(key))


def _sample(rows: list[Message], limit: int) -> list[Message]:
    return sorted(rows, key=lambda m: hashlib.sha256(m.key.encode()).hexdigest())[:limit]


def load_messages(split: str) -> list[Message]:
    """All sets, the rows of one split ('dev' or 'test'), sampled to ``LIMITS``."""
    want_test = split == "test"
    sets: dict[str, list[Message]] = {k: [] for k in LIMITS}
    with open(SHARED / "cfpb_narratives" / "cfpb_narratives.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            cats = CFPB_ISSUES.get(r["issue"])
            sets["cfpb"].append(Message("cfpb", r["narrative"], r["issue"], r["narrative"], True,
                                        frozenset(cats) if cats else None))
    for name in ("development-test-utterances.jsonl", "test-banking-test-utterances.jsonl",
                 "test-finance-test-utterances.jsonl"):
        for line in (SHARED / "dstc11_intents" / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            intent = r["intent"]
            if intent in DSTC11_NEITHER:
                continue
            cats = DSTC11_COMPLAINT.get(intent)
            which = "dstc11:complaint" if cats else "dstc11:neutral"
            sets[which].append(Message(which, r["utterance_id"], intent, r["utterance"], bool(cats),
                                       frozenset(cats) if cats else None))
    for name in ("train.csv", "test.csv"):
        with open(SHARED / "banking77" / name, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                intent = r["category"]
                if intent in BANKING_COMPLAINT:
                    cats = BANKING_COMPLAINT[intent]
                    sets["banking77:complaint"].append(Message("banking77:complaint", r["text"], intent, r["text"], True,
                                                               frozenset(cats) if cats else None))
                elif intent in BANKING_NEUTRAL:
                    sets["banking77:neutral"].append(Message("banking77:neutral", r["text"], intent, r["text"], False, None))
    with open(SHARED / "bitext" / "Bitext_Sample_Customer_Service_Training_Dataset.csv", encoding="utf-8-sig",
              newline="") as f:
        for r in csv.DictReader(f):
            intent = r["intent"]
            if intent in BITEXT_COMPLAINT:
                cats = BITEXT_COMPLAINT[intent]
                sets["bitext:complaint"].append(Message("bitext:complaint", r["utterance"], intent, r["utterance"], True,
                                                        frozenset(cats) if cats else None))
            elif intent in BITEXT_NEUTRAL:
                sets["bitext:neutral"].append(Message("bitext:neutral", r["utterance"], intent, r["utterance"], False, None))
    out: list[Message] = []
    for name, rows in sets.items():
        unique = list({m.key: m for m in rows}.values())  # a text repeated in a dataset is one message
        out += _sample([m for m in unique if _is_test(m.key) == want_test], LIMITS[name])
    return out


def keys_checksum(messages: list[Message]) -> str:
    """sha256 over the sorted (set, key) pairs: the frozen identity of the TEST rows used."""
    h = hashlib.sha256()
    for s, k in sorted((m.set, m.key) for m in messages):
        h.update(f"{s}\t{k}\n".encode())
    return h.hexdigest()
