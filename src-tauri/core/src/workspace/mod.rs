//! What the app keeps beside the maps themselves: the recent-files list, crash-recovery
//! copies, and the stamp that tells whether a file changed on disk. All of it lives in
//! folders the app passes in, so tests can use temporary ones.

mod recent;
mod recovery;
mod stamp;

pub use recent::{RecentEntry, RecentFiles, MAX_RECENT};
pub use recovery::{Recovered, RecoveryStore};
pub use stamp::FileStamp;
