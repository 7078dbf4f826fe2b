package dev.kizuna.synthetic;

/** Which group of suppliers makes a tier's parts: system primes, part makers, or material producers. */
enum Sector {
    PRIME, MAKER, MATERIAL
}
