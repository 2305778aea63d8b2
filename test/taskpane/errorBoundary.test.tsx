import './setup';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../src/taskpane/components/common/ErrorBoundary';

let fail = true;
function Fragile() {
  if (fail) throw new Error('render failed');
  return <p>Back again</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed with "Try again" (its message loaded only on failure), and renders the part again', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const user = userEvent.setup();
      render(
        <FluentProvider theme={webLightTheme}>
          <ErrorBoundary area={() => 'the Findings view'}>
            <Fragile />
          </ErrorBoundary>
        </FluentProvider>,
      );
      const retry = await screen.findByRole('button', { name: 'Try again' });
      expect(screen.getByText(/the Findings view/)).toBeTruthy();
      fail = false;
      await user.click(retry);
      expect(await screen.findByText('Back again')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    } finally {
      error.mockRestore();
    }
  });

  it('formats its area only when something failed', async () => {
    const area = jest.fn(() => 'the Home view');
    function Fine() {
      const [n] = useState(1);
      return <p>Fine {n}</p>;
    }
    render(
      <ErrorBoundary area={area}>
        <Fine />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('Fine 1')).toBeTruthy();
    expect(area).not.toHaveBeenCalled();
  });
});
