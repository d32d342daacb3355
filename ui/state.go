package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Read and starred marks: the keys that set them, the views they narrow.

// markRead sets a story's read mark. In the unread-only view a story just
// read stays listed until the view changes, so it does not vanish under
// the cursor.
// It returns an earlier failure to keep marks, if the library has one.
func (a App) markRead(seq int32, read bool) error {
	if !a.stories.SetRead(seq, read) {
		return nil
	}
	if read && a.only.Unread {
		a.only.Keep[seq] = true
	}
	if a.opts.Marks == nil {
		return nil
	}
	return a.opts.Marks.SetRead(a.stories.Story(seq).ID, read)
}

// markStarred stars or unstars a story, like markRead.
func (a App) markStarred(seq int32, starred bool) error {
	if !a.stories.SetStarred(seq, starred) || a.opts.Marks == nil {
		return nil
	}
	return a.opts.Marks.SetStarred(a.stories.Story(seq).ID, starred)
}

// marksFailed tells the user that marks are not being kept, and what to do.
func (a App) marksFailed(err error) (App, tea.Cmd) {
	return a.notify(fmt.Sprintf("Marks not saved (%v); they last until you quit. Check the library's disk space and permissions.", err), true)
}

// handleMarkKey handles the mark keys on the list and in the story view.
// It reports whether msg was one of them.
func (a App) handleMarkKey(msg tea.KeyPressMsg, seq int32, ok bool) (App, tea.Cmd, bool) {
	k := a.keys
	var err error
	switch {
	case key.Matches(msg, k.ToggleRead):
		if ok {
			err = a.markRead(seq, !a.stories.State(seq).Read)
		}
	case key.Matches(msg, k.ToggleStar):
		if ok {
			err = a.markStarred(seq, !a.stories.State(seq).Starred)
		}
	case key.Matches(msg, k.NextUnread):
		a, cmd := a.nextUnread()
		return a, cmd, true
	default:
		return a, nil, false
	}
	a = a.refreshView()
	if err != nil {
		a, cmd := a.marksFailed(err)
		return a, cmd, true
	}
	return a, nil, true
}

// nextUnread moves to the next unread story after the selection in the
// current list, opening it when a story is open.
func (a App) nextUnread() (App, tea.Cmd) {
	for i := a.list.cursor + 1; i < len(a.list.view); i++ {
		if !a.stories.State(a.list.view[i]).Read {
			a.moved = true
			a.list = a.list.moveTo(i)
			if a.screen == screenDetail {
				return a.openStory(a.list.view[i])
			}
			return a, nil
		}
	}
	return a.notify("No unread story after this one here.", false)
}

// toggleOnly switches the unread-only or starred-only view. Changing the
// view forgets the stories kept in it.
func (a App) toggleOnly(unread, starred bool) App {
	if unread {
		a.only.Unread = !a.only.Unread
	}
	if starred {
		a.only.Starred = !a.only.Starred
	}
	a.only.Keep = map[int32]bool{}
	a = a.refreshView()
	a.list = a.list.moveTo(0)
	return a
}

// askMarkAll asks before marking every story in the current view read.
func (a App) askMarkAll() App {
	if len(a.list.view) > 0 {
		a.confirmAll = true
	}
	return a
}

// handleConfirm answers the mark-all question: y marks, anything else
// cancels.
func (a App) handleConfirm(msg tea.KeyPressMsg) (App, tea.Cmd) {
	a.confirmAll = false
	if msg.String() != "y" && msg.String() != "Y" {
		return a.notify("Nothing marked.", false)
	}
	var ids []string
	for _, seq := range a.list.view {
		if a.stories.SetRead(seq, true) {
			ids = append(ids, a.stories.Story(seq).ID)
			if a.only.Unread {
				a.only.Keep[seq] = true
			}
		}
	}
	a = a.refreshView()
	if a.opts.Marks != nil && len(ids) > 0 {
		if err := a.opts.Marks.MarkRead(ids); err != nil {
			return a.marksFailed(err)
		}
	}
	n := len(ids)
	return a.notify(fmt.Sprintf("Marked %s read.", plural(n, "story", "stories")), false)
}
