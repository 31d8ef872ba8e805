//! What the desktop app keeps beside the maps themselves: the recent-files list and the
//! crash-recovery copies. Both live in folders the app passes in, so tests can use
//! temporary ones.

mod recent;
mod recovery;

pub use recent::{RecentEntry, RecentFiles};
pub use recovery::{Recovered, RecoveryStore};
