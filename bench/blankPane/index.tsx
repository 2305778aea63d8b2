/**
 * The floor for the pane's start (BENCHMARKS.md part 5, line b): a blank Fluent UI v9 pane in the
 * shape of the Yeoman Office generator's React template — a FluentProvider, one TabList, one
 * Button — rendered once Office is ready. Built by bench/bundle.ts with the add-in's own webpack
 * settings into the bench's folder; never part of the shipped bundle (webpack.config.js's entries
 * do not name it).
 */
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';

function BlankPane() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <TabList defaultSelectedValue="home" aria-label="Views">
          <Tab value="home">Home</Tab>
        </TabList>
        <Button appearance="primary">Run</Button>
      </main>
    </FluentProvider>
  );
}

void Office.onReady().then(() => {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<BlankPane />);
});
