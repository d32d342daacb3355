package ui

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"
)

// Read and starred marks: the keys that set them, the views they narrow,
// and the queue that hands them to the library.

// markWrite is one change of marks for the library.
type markWrite func(Marks) error

// marksQueue hands marks to the library in a command, one command at a
// time, so they arrive in the order the user made them.
type marksQueue struct {
	waiting  []markWrite
	writing  []markWrite // what the command under way writes
	busy     bool        // a command is writing
	quitting bool        // quit once every mark is written
}

// queueMark writes w to the library after the marks already on their way.
func (a App) queueMark(w markWrite) (App, tea.Cmd) {
	if a.opts.Marks == nil {
		return a, nil
	}
	a.marks.waiting = append(slices.Clip(a.marks.waiting), w)
	return a.writeMarks()
}

// writeMarks starts the command that writes the waiting marks, unless one
// is writing already.
func (a App) writeMarks() (App, tea.Cmd) {
	if a.marks.busy || len(a.marks.waiting) == 0 {
		return a, nil
	}
	writes, marks := a.marks.waiting, a.opts.Marks
	a.marks.waiting, a.marks.writing, a.marks.busy = nil, writes, true
	return a, func() tea.Msg {
		var first error
		for _, w := range writes {
			if err := w(marks); err != nil && first == nil {
				first = err
			}
		}
		return MarksWritten{Count: len(writes), Err: first}
	}
}

func (a App) handleMarksWritten(msg MarksWritten) (App, tea.Cmd) {
	a.marks.busy, a.marks.writing = false, nil
	var note, next tea.Cmd
	if msg.Err != nil {
		a, note = a.marksFailed(msg.Err)
	}
	a, next = a.writeMarks()
	if a.marks.quitting && !a.marks.busy {
		return a, tea.Quit
	}
	return a, tea.Batch(note, next)
}

// WriteWaitingMarks writes the marks not known to be written to the
// library, for after the program has ended some other way than q (a
// signal, a closed terminal), so that no mark made is lost. A write whose
// command may have run is written again: a mark set twice is the same.
func (a App) WriteWaitingMarks() error {
	if a.opts.Marks == nil {
		return nil
	}
	var first error
	for _, w := range slices.Concat(a.marks.writing, a.marks.waiting) {
		if err := w(a.opts.Marks); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// quit leaves the reader once the marks made are on their way to the library.
func (a App) quit() (App, tea.Cmd) {
	if !a.marks.busy && len(a.marks.waiting) == 0 {
		return a, tea.Quit
	}
	a.marks.quitting = true
	return a.writeMarks()
}

// markRead sets a story's read mark. In the unread-only view a story just
// read stays listed until the view changes, so it does not vanish under
// the cursor.
func (a App) markRead(seq int32, read bool) (App, tea.Cmd) {
	if !a.stories.SetRead(seq, read) {
		return a, nil
	}
	if read && a.list.only.Unread {
		a.list.only.Keep[seq] = true
	}
	id := a.stories.Story(seq).ID
	return a.queueMark(func(m Marks) error { return m.SetRead(id, read) })
}

// markStarred stars or unstars a story, like markRead.
func (a App) markStarred(seq int32, starred bool) (App, tea.Cmd) {
	if !a.stories.SetStarred(seq, starred) {
		return a, nil
	}
	id := a.stories.Story(seq).ID
	return a.queueMark(func(m Marks) error { return m.SetStarred(id, starred) })
}

// marksFailed tells the user that marks are not being kept, and what to do.
func (a App) marksFailed(err error) (App, tea.Cmd) {
	return a.notify(fmt.Sprintf("Marks not saved (%v); they last until you quit. Check the library's disk space and permissions.", err), true)
}

// handleMarkAct carries out a mark key of the list or the story view, on
// the selected story.
func (a App) handleMarkAct(do act) (App, tea.Cmd) {
	seq, ok := a.list.selected()
	if a.screen == screenDetail {
		// The open story: another outlet's story of the selected
		// event (c) is not the list's selection.
		seq, ok = a.story.seq, a.story.story != nil
		if !ok {
			return a, nil
		}
	}
	var cmd tea.Cmd
	switch do {
	case actNextUnread:
		return a.nextUnread()
	case actToggleRead:
		if ok {
			was := a.stories.State(seq).Read
			a, cmd = a.markRead(seq, !was)
			a = a.noteMark(markUndo{seqs: []int32{seq}, was: was})
		}
	case actToggleStar:
		if ok {
			was := a.stories.State(seq).Starred
			a, cmd = a.markStarred(seq, !was)
			a = a.noteMark(markUndo{star: true, seqs: []int32{seq}, was: was})
		}
	}
	a = a.refreshView()
	if a.screen == screenDetail {
		var note tea.Cmd
		a, note = a.storyMarked(do)
		return a, tea.Batch(cmd, note)
	}
	return a, cmd
}

// nextUnread moves to the next unread story after the selection in the
// current list, opening it when a story is open.
func (a App) nextUnread() (App, tea.Cmd) {
	l := a.list
	for i := l.cursor + 1; i < len(l.view); i++ {
		if !a.stories.State(l.view[i]).Read {
			a.list = l.selectRow(i)
			if a.screen == screenDetail {
				return a.openStory(l.view[i])
			}
			return a, nil
		}
	}
	return a.notify("No unread story after this one here.", false)
}

// markAllRead marks every story in the list read: the user said yes.
func (a App) markAllRead() (App, tea.Cmd) {
	var ids []string
	var changed []int32
	for _, seq := range a.list.matched {
		if a.stories.SetRead(seq, true) {
			ids = append(ids, a.stories.Story(seq).ID)
			changed = append(changed, seq)
			if a.list.only.Unread {
				a.list.only.Keep[seq] = true
			}
		}
	}
	if len(changed) > 0 {
		a = a.noteMark(markUndo{seqs: changed, was: false})
	}
	a = a.refreshView()
	var write tea.Cmd
	if len(ids) > 0 {
		a, write = a.queueMark(func(m Marks) error { return m.MarkRead(ids) })
	}
	a, note := a.notify(fmt.Sprintf("Marked %s read.", plural(len(ids), "story", "stories")), false)
	return a, tea.Batch(write, note)
}

// markUndo is a mark the user made (m, s or M), as U takes it back: the
// stories it changed and the mark they had before, the same for all.
type markUndo struct {
	star bool    // a star, else a read mark
	seqs []int32 // the stories it changed: one, or every one M marked
	was  bool    // their read (or starred) mark before
}

// maxUndo is how many marks U can take back, the last first.
const maxUndo = 100

// noteMark keeps a mark the user made, for U.
func (a App) noteMark(u markUndo) App {
	if len(a.undo) == maxUndo {
		a.undo = slices.Delete(slices.Clone(a.undo), 0, 1)
	}
	a.undo = append(slices.Clip(a.undo), u)
	return a
}

// undoMark takes back the last mark, star or mark-all of the session: the
// stories it changed get their mark back, written to the library through
// the same queue as every mark, after the marks already on their way.
// Opening a story, which marks it read, is not a mark to take back (m is).
func (a App) undoMark() (App, tea.Cmd) {
	if len(a.undo) == 0 {
		return a.notify("Nothing to undo: no mark, star or mark-all made here yet.", false)
	}
	u := a.undo[len(a.undo)-1]
	a.undo = a.undo[: len(a.undo)-1 : len(a.undo)-1]
	var ids []string
	for _, seq := range u.seqs {
		var changed bool
		if u.star {
			changed = a.stories.SetStarred(seq, u.was)
		} else {
			changed = a.stories.SetRead(seq, u.was)
			if u.was && a.list.only.Unread {
				a.list.only.Keep[seq] = true // read again where it was read: it stays
			}
		}
		if changed {
			ids = append(ids, a.stories.Story(seq).ID)
		}
	}
	a = a.refreshView()
	var write tea.Cmd
	if len(ids) > 0 {
		star, was := u.star, u.was
		a, write = a.queueMark(func(m Marks) error {
			var first error
			for _, id := range ids {
				var err error
				if star {
					err = m.SetStarred(id, was)
				} else {
					err = m.SetRead(id, was)
				}
				if err != nil && first == nil {
					first = err
				}
			}
			return first
		})
	}
	if a.screen == screenDetail {
		a = a.showMarks()
	}
	a, note := a.notify(undoneText(u, a.stories.Story(u.seqs[0]).Title), false)
	return a, tea.Batch(write, note)
}

// undoneText says what U took back.
func undoneText(u markUndo, title string) string {
	switch {
	case len(u.seqs) > 1:
		return fmt.Sprintf("Undone: %s unread again.", plural(len(u.seqs), "story", "stories"))
	case u.star && u.was:
		return "Undone: starred again: " + title
	case u.star:
		return "Undone: unstarred again: " + title
	case u.was:
		return "Undone: read again: " + title
	}
	return "Undone: unread again: " + title
}
