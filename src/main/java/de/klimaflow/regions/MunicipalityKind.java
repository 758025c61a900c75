package de.klimaflow.regions;

/** Gemeinde, Stadt or Landkreis: each can create a climate-protection manager position. */
public enum MunicipalityKind {
    MUNICIPALITY,
    TOWN,
    DISTRICT
}
