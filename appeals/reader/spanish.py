"""Reasons as notices in Spanish give them (Puerto Rico's Medicaid and Medicare Advantage plans
write first, or only, in Spanish): "Denegamos 4 de las 8 sesiones porque la frecuencia pedida
excede la frecuencia de dosis de la etiqueta". Part of `phrases.REASON_PATTERNS`: each pattern is
one more way of saying its kind. OCR may drop or change an accent ("decisién"), so a letter that
takes one is matched by any character there."""

# (a conditional's "Si …" and a denial of a reason, "no se basa en", "no significa que", are
# read in `quiet`)
SPANISH_REASONS = {
    "experimental": r"\b(investigacional(es)?|en (etapa de )?investigaci.n)\b",
    "not_necessary": r"\bno (es|son|era|eran|fue|fueron) m.dicamente necesari[oa]s?\b",
    "criteria_not_met": r"\bno (cumple|cumplen|cumpli.) (con )?(los|el|las) (criterios?|"
    r"requisitos?)\b",
    "step_therapy": r"\bterapia escalonada\b|\b(debe|tiene que) probar (primero|antes)\b",
    "no_prior_auth": r"\bsin (la )?autorizaci.n previa\b|\bno (se )?(obtuvo|solicit.) (la )?"
    r"autorizaci.n previa\b",
    "out_of_network": r"\bno (pertenece|participa|est.) (a|en) (la|nuestra) red\b|\bfuera de (la|"
    r"nuestra) red\b",
    "missing_docs": r"\bno (recibimos|hemos recibido|se recibi.) (la|los|las) (informaci.n|"
    r"r.cords|expedientes|notas|documentos)\b",
    "coding_error": r"\bc.digos? (incorrectos?|inv.lidos?|err.neos?)\b",
    "dose_frequency": r"\bexcede (la|el) (frecuencia|cantidad|l.mite|n.mero|dosis)\b",
    "exclusion": r"\bno (es|son) un (beneficio|servicio) cubierto\b|\b(est.|est.n) "
    r"exclu(id[oa]s?)\b",
}
