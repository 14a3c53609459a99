package vn.thidua.dossier;

/** An organisational or administrative unit; {@code parent} is another unit's code. */
public record Unit(@Required String code, @Required String name, UnitLevel level, String parent, Boolean grassroots,
        AreaDifficulty areaDifficulty) {

    public boolean isGrassroots() {
        return Boolean.TRUE.equals(grassroots);
    }
}
