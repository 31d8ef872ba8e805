use super::Edit;

/// Undo and redo stacks. Each entry is the edit that reverses a step and the revision the
/// document had before that step, so that "unsaved" is exact after any undo/redo.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<(Edit, u64)>,
    redo: Vec<(Edit, u64)>,
}

/// Old steps are dropped past this depth; it bounds memory in a long session.
pub const MAX_DEPTH: usize = 1000;

impl History {
    pub fn record(&mut self, inverse: Edit, revision_before: u64) {
        self.redo.clear();
        self.undo.push((inverse, revision_before));
        if self.undo.len() > MAX_DEPTH {
            self.undo.remove(0);
        }
    }

    pub fn pop_undo(&mut self) -> Option<(Edit, u64)> {
        self.undo.pop()
    }

    pub fn pop_redo(&mut self) -> Option<(Edit, u64)> {
        self.redo.pop()
    }

    pub fn push_undo(&mut self, inverse: Edit, revision_before: u64) {
        self.undo.push((inverse, revision_before));
    }

    pub fn push_redo(&mut self, inverse: Edit, revision_before: u64) {
        self.redo.push((inverse, revision_before));
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
