/// A new random id such as `tp-3f9c2a7b1d04`. Random rather than sequential so that two
/// copies of a map edited apart do not mint the same id for different touchpoints.
pub fn new_id(prefix: &str) -> String {
    let uuid = uuid::Builder::from_random_bytes(random_bytes())
        .into_uuid()
        .simple()
        .to_string();
    format!("{prefix}-{}", &uuid[..12])
}

#[cfg(not(target_arch = "wasm32"))]
fn random_bytes() -> [u8; 16] {
    uuid::Uuid::new_v4().into_bytes()
}

#[cfg(target_arch = "wasm32")]
fn random_bytes() -> [u8; 16] {
    let (a, b) = (host::next(), host::next());
    let mut bytes = [0; 16];
    bytes[..8].copy_from_slice(&a.to_le_bytes());
    bytes[8..].copy_from_slice(&b.to_le_bytes());
    bytes
}

/// wasm32-unknown-unknown has no entropy of its own (getrandom would need wasm-bindgen for
/// the browser's crypto), so the host seeds a generator once, from its own randomness
/// (`crypto.getRandomValues`), before the first edit. SplitMix64 spreads that seed over
/// the ids. Unseeded, ids still differ from each other, just not from another unseeded run.
#[cfg(target_arch = "wasm32")]
mod host {
    use std::cell::Cell;

    thread_local! {
        static STATE: Cell<u64> = const { Cell::new(0x853c_49e6_748f_ea9b) };
    }

    /// Seeds the id generator (call with 64 random bits from the host).
    pub fn seed(seed: u64) {
        STATE.with(|s| s.set(seed));
    }

    pub(super) fn next() -> u64 {
        STATE.with(|s| {
            let x = s.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
            s.set(x);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        })
    }
}

#[cfg(target_arch = "wasm32")]
pub use host::seed as seed_ids;
