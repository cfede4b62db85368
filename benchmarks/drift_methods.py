"""Scratch prototypes of drift tests compared by ``drift_real.py`` (not the product's code).

Every method takes ``x`` (subjects x weeks counts, the weeks of one report's history, oldest first) and
``n`` (weeks totals) and returns per subject a two-sided p-value and a signed effect, so that the
benchmark can run BH over subjects per report the same way for all of them.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from scipy import stats


def pooled_dispersion(x: np.ndarray, n: np.ndarray, min_expected: float = 2.0) -> float:
    """One overdispersion factor for all subjects of a report (Dirichlet-multinomial: the same for every share).

    Each subject's Pearson chi-square over the weeks, less its linear-trend component, has k-2 degrees of
    freedom under a binomial null; their pooled ratio estimates how much more the weekly shares vary than
    binomial sampling allows (real weeks differ in mix). Subjects with tiny expected counts are left out.
    """
    k = x.shape[1]
    if k < 3:
        return 1.0
    N = n.sum()
    p = x.sum(axis=1) / N
    e = np.outer(p, n)
    keep = (e.mean(axis=1) >= min_expected) & (p < 1)
    if keep.sum() < 2:
        return 1.0
    _, z = cochran_armitage(x[keep], n)
    v = e[keep] * (1 - p[keep])[:, None]
    chi2 = ((x[keep] - e[keep]) ** 2 / v).sum(axis=1)
    return float(max(1.0, (chi2 - z * z).sum() / (keep.sum() * (k - 2))))


def cochran_armitage(x: np.ndarray, n: np.ndarray, overdispersion: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Score test of a linear trend of the share over weeks (= score test of a binomial regression on week)."""
    k = x.shape[1]
    w = np.arange(k, dtype=float)
    N = n.sum()
    p = x.sum(axis=1) / N
    wbar = (n * w).sum() / N
    d = w - wbar
    T = x @ d
    var = p * (1 - p) * (n * d * d).sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(var > 0, T / np.sqrt(var), 0.0)
        if overdispersion and k > 2:
            e = np.outer(p, n)
            v = e * (1 - p)[:, None]
            chi2 = np.where(v > 0, (x - e) ** 2 / v, 0).sum(axis=1)
            phi = np.maximum(1.0, (chi2 - z * z) / (k - 2))
            z = z / np.sqrt(phi)
    pval = 2 * stats.norm.sf(np.abs(z))
    return pval, z


_PERMS: dict[int, np.ndarray] = {}


def _perms(k: int, rng: np.random.Generator, max_exact: int = 8, draws: int = 4000) -> np.ndarray:
    if k <= max_exact:
        if k not in _PERMS:
            _PERMS[k] = np.array(list(itertools.permutations(range(k))), dtype=np.int16)
        return _PERMS[k]
    return np.array([rng.permutation(k) for _ in range(draws)], dtype=np.int16)


def permutation_trend(x: np.ndarray, n: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Weeks exchangeable under the null: the CA statistic's distribution over permutations of the weeks."""
    k = x.shape[1]
    shares = x / np.maximum(n, 1)
    w = np.arange(k, dtype=float) - (k - 1) / 2
    obs = shares @ w
    P = _perms(k, rng)
    wp = w[P]  # permutations x k: the week position each observed week gets
    null = shares @ wp.T  # subjects x permutations
    more = (np.abs(null) >= np.abs(obs)[:, None] - 1e-12).sum(axis=1)
    return more / P.shape[0], obs


def step_test(x: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The latest week against the pooled weeks before it (two-proportion z, Fisher for small counts)."""
    x1, n1 = x[:, -1], n[-1]
    x0, n0 = x[:, :-1].sum(axis=1), n[:-1].sum()
    out = np.ones(len(x1))
    h = np.zeros(len(x1))
    for i in range(len(x1)):
        pooled = (x1[i] + x0[i]) / (n1 + n0)
        h[i] = 2 * math.asin(math.sqrt(x1[i] / n1)) - 2 * math.asin(math.sqrt(x0[i] / n0))
        if min(n1 * pooled, n0 * pooled, n1 * (1 - pooled), n0 * (1 - pooled)) >= 5:
            se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0))
            out[i] = math.erfc(abs(x1[i] / n1 - x0[i] / n0) / se / math.sqrt(2)) if se > 0 else 1.0
        else:
            out[i] = stats.fisher_exact([[x1[i], n1 - x1[i]], [x0[i], n0 - x0[i]]])[1]
    return out, h


def bh(p: np.ndarray) -> np.ndarray:
    m = len(p)
    if m == 0:
        return p
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    adj = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adj, 1.0)
    return out


def fitted_ends(x: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Share at the first and last week of the least-squares line through the weekly shares (weighted)."""
    k = x.shape[1]
    w = np.arange(k, dtype=float)
    N = n.sum()
    p = x.sum(axis=1) / N
    wbar = (n * w).sum() / N
    d = w - wbar
    slope = (x @ d) / (n * d * d).sum()
    start = np.clip(p + slope * (0 - wbar), 0, 1)
    end = np.clip(p + slope * (k - 1 - wbar), 0, 1)
    return start, end


def cohens_h(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return 2 * np.arcsin(np.sqrt(a)) - 2 * np.arcsin(np.sqrt(b))
