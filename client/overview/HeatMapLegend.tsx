import { useI18n } from "../i18n/useI18n";
import type { HeatMode, HeatTone } from "./heatCell";

const TONES: Record<HeatMode, readonly Exclude<HeatTone, "none">[]> = {
  all: ["support", "oppose", "amend", "question"],
  support: ["support"],
  oppose: ["oppose"],
  amend: ["amend"],
  redLines: ["redLine"],
};

/** What the heat map's colours, their strength and the red-line mark mean. */
export function HeatMapLegend({ mode }: { mode: HeatMode }) {
  const { t } = useI18n();
  return (
    <div className="heat-legend">
      <h3>{t("overview.legend")}</h3>
      <ul>
        {TONES[mode].map((tone) => (
          <li key={tone}>
            <span className="heat-swatch" data-tone={tone} data-level="2" aria-hidden="true" />
            {t(`overview.legend.${tone}`)}
          </li>
        ))}
        <li>
          <span className="heat-scale" aria-hidden="true">
            {[1, 2, 3].map((level) => (
              <span key={level} className="heat-swatch" data-tone={TONES[mode][0]} data-level={level} />
            ))}
          </span>
          {t("overview.legend.intensity")}
        </li>
        <li>
          <span className="heat-swatch" data-tone="none" data-level="0" data-red-line aria-hidden="true">
            <span className="red-line-marker">!</span>
          </span>
          {t("overview.legend.marker")}
        </li>
      </ul>
    </div>
  );
}
