"""The legal notice that goes with every statutory fact the toolkit shows (never in customer-facing text)."""

NOTICE = ("Not legal advice: these statutory facts are a summary for support and compliance staff. "
          "Laws change and have exceptions; check the cited source, or ask a lawyer, before relying on them.")
