//! The one parallelism seam of the exporters: work mapped over the
//! machine's cores (rayon's pool, sized to the cores available), with the
//! results in the input's order, so output never depends on how many cores
//! ran it or in which order they finished. Callers hand over independent
//! pieces of work — the record's parts, its pages' footers, the workbook's
//! sheets — and never spawn threads of their own.

use rayon::prelude::*;

/// `work` applied to each item, on as many cores as there are, in order.
pub(crate) fn map_in_order<T, R, F>(items: Vec<T>, work: F) -> Vec<R>
where
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync + Send,
{
    items.into_par_iter().map(work).collect()
}

/// `work` applied to each item in place, on as many cores as there are;
/// `work` also gets each item's index.
pub(crate) fn for_each_indexed<T, F>(items: &mut [T], work: F)
where
    T: Send,
    F: Fn(usize, &mut T) + Sync + Send,
{
    items
        .par_iter_mut()
        .enumerate()
        .for_each(|(index, item)| work(index, item));
}

/// Runs `a` and `b`, in parallel where a core is free, and returns both results.
pub(crate) fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    rayon::join(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_work() {
        let squares = map_in_order((0..1000u64).collect(), |n| n * n);
        assert!(squares
            .iter()
            .enumerate()
            .all(|(n, s)| *s == (n * n) as u64));
        let mut items = vec![0usize; 100];
        for_each_indexed(&mut items, |index, item| *item = index + 1);
        assert_eq!(items, (1..=100).collect::<Vec<_>>());
        assert_eq!(join(|| 1, || "two"), (1, "two"));
    }
}
