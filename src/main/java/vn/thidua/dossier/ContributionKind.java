package vn.thidua.dossier;

/** What a household contributed. */
public enum ContributionKind {
    LAND, LABOUR, MONEY, ASSETS
}
