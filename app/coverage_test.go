package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// A story written alone that joins an event with a later outlet's story
// is written again with its event, and the reader is told: the toll's
// update of an earthquake disagrees with the first reports' numbers
// until a report with the magnitude and its toll joins them.
func TestAStoryThatJoinsAnEventLaterIsWrittenAndTold(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	out := make(chan model.Event, 64)
	in := startIngester(ctx, st, out)
	at := func(h, m int) time.Time { return time.Date(2032, 4, 21, h, m, 0, 0, time.UTC) }
	story := func(id, source string, published time.Time, title, summary string) *model.Story {
		s := &model.Story{ID: id, Source: source, Published: published, Title: title}
		s.Edit().Summary = summary
		return s
	}
	for _, s := range []*model.Story{
		story("r090", "Agencia Iberoamericana", at(9, 40), "Sismo de magnitud 6,8 sacude el sur de Perú; al menos 14 muertos",
			"El terremoto, con epicentro cerca de Camaná, en la región Arequipa, derrumbó viviendas de adobe y cortó carreteras, según el Instituto Geofísico del Perú."),
		story("r050", "El Diario Austral", at(10, 25), "Terremoto de 6,8 en el sur de Perú deja al menos 14 fallecidos; se sintió en Arica",
			"El movimiento, con epicentro cerca de Camaná, derrumbó casas de adobe en Arequipa y fue percibido con fuerza en el norte de Chile, sin daños reportados en Arica."),
		story("r103", "Meridian Wire", at(13, 5), "Powerful quake kills at least 19 in southern Peru",
			"A magnitude 6.7 earthquake struck near the coastal town of Camana before dawn, flattening adobe homes and triggering landslides; President Rosa Villanueva declared a 60-day state of emergency in four provinces."),
		story("r037", "Вестник Евразии", at(15, 0), "Мощное землетрясение на юге Перу: не менее 19 погибших",
			"Подземные толчки магнитудой 6,8 произошли в регионе Арекипа. Президент Перу Роса Вильянуэва ввела режим чрезвычайного положения в четырёх провинциях."),
		story("r032", "BNC News", at(17, 30), "Peru earthquake: Death toll rises to 23 as rescuers search rubble",
			"Emergency teams in the Arequipa region are still searching collapsed adobe houses, with the authorities saying 23 people are now known to have died."),
		story("r053", "列島新聞", at(23, 10), "ペルー南部でM6.8の地震　23人死亡、非常事態宣言",
			"南米ペルー南部アレキパ州で現地時間21日未明、マグニチュード6.8の地震があり、少なくとも23人が死亡した。在留邦人の被害は確認されていない。"),
	} {
		in.Add(s.Source, []*model.Story{s})
		if s.ID == "r032" && s.Event != "" {
			t.Fatalf("the toll's update was placed in %q: the test no longer shows a story joining later", s.Event)
		}
	}
	if err := in.Finish(); err != nil {
		t.Fatal(err)
	}
	close(out)
	told := false
	for e := range out {
		if j, ok := e.(model.EventsJoined); ok {
			told = told || j.Events["r032"] == "r090"
		}
	}
	if !told {
		t.Error("the reader was not told that r032 joined r090")
	}
	for it, err := range st.All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if it.Story.EventID() != "r090" {
			t.Errorf("%s is stored in event %q, want r090", it.Story.ID, it.Story.EventID())
		}
	}
}
