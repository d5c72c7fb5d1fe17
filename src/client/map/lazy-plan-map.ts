/**
 * The only map code a plan page loads up front (a few hundred bytes): it waits until the layout
 * section comes near the viewport, then imports the map (Leaflet and its CSS) and draws it.
 */
export function observePlanMaps(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-plan-layout-map]')];
  if (sections.length === 0) return;
  const load = (section: HTMLElement) => {
    import('./plan-map.ts')
      .then(({ drawPlanMap }) => drawPlanMap(section))
      .catch((error: unknown) => {
        const status = section.querySelector('.plan-layout-map-status');
        if (status) status.textContent = `地图无法加载（${(error as Error).message}），上面的列表包含全部信息。`;
      });
  };
  if (!('IntersectionObserver' in window)) {
    sections.forEach(load);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const section of sections) observer.observe(section);
}
