-- Schema 9: the yearly finance summary the annual report publishes (issue 8), in the categories
-- of the 民间非营利组织会计制度 activity statement (业务活动表) and the net assets at year end.
-- The secretariat enters these from its accounts; the product keeps no ledger. Amounts in fen
-- (cents), exact; investment income and net assets may be negative.
CREATE TABLE annual_finance (
    year            INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    category        TEXT NOT NULL CHECK (category IN ('donations', 'dues', 'services', 'government_grants',
                        'sales', 'investment', 'other_income', 'program_costs', 'administrative', 'fundraising',
                        'other_expenses', 'net_assets')),
    amount_cents    INTEGER NOT NULL,
    PRIMARY KEY (year, category)
) WITHOUT ROWID;
